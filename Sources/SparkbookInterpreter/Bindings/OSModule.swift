import Foundation
import SparkbookDataFrame
import SparkbookUtilities

/// Python's `os` and `os.path` for the file handling notebooks do: joining and splitting paths, checking what
/// exists, listing and making directories. Relative paths are read from the run's working directory (`--cwd`).
enum OSModule {
    static let osNames = ["path", "getcwd", "listdir", "makedirs", "sep"]
    static let pathNames = ["join", "exists", "isdir", "isfile", "basename", "dirname", "splitext", "abspath", "expanduser", "sep"]

    static func call(_ name: String, of module: ModuleName, _ args: CallArguments, context: LaunchContext) throws -> PyValue {
        let strings = try args.positional.enumerated().map { try $1.string("path", in: name) }
        let cwd = context.workingDirectory.path
        func resolved(_ path: String) -> String { path.hasPrefix("/") ? path : cwd + "/" + path }
        func first() throws -> String {
            guard let s = strings.first else { throw ScriptError.type("\(name)() missing 1 required positional argument: 'path'") }
            return s
        }
        var isDirectory: ObjCBool = false
        switch (module, name) {
        case (.os, "getcwd"): return .string(cwd)
        case (.os, "listdir"):
            let path = strings.first ?? "."
            guard let items = try? FileManager.default.contentsOfDirectory(atPath: resolved(path)) else {
                throw ScriptError("FileNotFoundError", "[Errno 2] No such file or directory: \(PyValue.string(path).repr)")
            }
            return .list(items.sorted().map(PyValue.string))
        case (.os, "makedirs"):
            let path = try first()
            let existOK = args.keywords.first { $0.name == "exist_ok" }?.value.isTruthy ?? false
            if FileManager.default.fileExists(atPath: resolved(path)), !existOK {
                throw ScriptError("FileExistsError", "[Errno 17] File exists: \(PyValue.string(path).repr)")
            }
            try FileManager.default.createDirectory(atPath: resolved(path), withIntermediateDirectories: true)
            return .none
        case (.osPath, "join"):
            var out = ""
            for part in strings {
                if part.hasPrefix("/") || out.isEmpty { out = part }
                else { out += (out.hasSuffix("/") ? "" : "/") + part }
            }
            return .string(out)
        case (.osPath, "exists"): return .bool(FileManager.default.fileExists(atPath: resolved(try first())))
        case (.osPath, "isdir"):
            return .bool(FileManager.default.fileExists(atPath: resolved(try first()), isDirectory: &isDirectory) && isDirectory.boolValue)
        case (.osPath, "isfile"):
            return .bool(FileManager.default.fileExists(atPath: resolved(try first()), isDirectory: &isDirectory) && !isDirectory.boolValue)
        case (.osPath, "basename"):
            let path = try first()
            return .string(path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path)
        case (.osPath, "dirname"):
            let path = try first()
            guard let slash = path.lastIndex(of: "/") else { return .string("") }
            let head = String(path[..<slash])
            return .string(head.isEmpty ? "/" : head)
        case (.osPath, "splitext"):
            let path = try first()
            let base = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
            guard let dot = path[base...].lastIndex(of: "."), dot > base,
                  path[base..<dot].contains(where: { $0 != "." }) else { return .tuple([.string(path), .string("")]) }
            return .tuple([.string(String(path[..<dot])), .string(String(path[dot...]))])
        case (.osPath, "abspath"): return .string(URL(fileURLWithPath: resolved(try first())).standardizedFileURL.path)
        case (.osPath, "expanduser"):
            let path = try first()
            guard path.hasPrefix("~") else { return .string(path) }
            return .string(UserHome.url().path + path.dropFirst())
        default:
            throw Members.missingAttribute(name, of: .module(module))
        }
    }
}
