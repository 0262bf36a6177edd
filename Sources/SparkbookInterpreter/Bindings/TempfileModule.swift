import Foundation

/// Python's `tempfile`, as PySpark's examples use it: `with tempfile.TemporaryDirectory() as d:` gives a fresh
/// directory's path, removed when the block ends; `mkdtemp()` and `gettempdir()`.
enum TempfileModule {
    static let names = ["TemporaryDirectory", "mkdtemp", "gettempdir"]

    static func call(_ name: String, _ args: CallArguments) throws -> PyValue {
        switch name {
        case "TemporaryDirectory":
            let v = try args.bind(["suffix", "prefix", "dir", "ignore_cleanup_errors", "delete"])
            return .temporaryDirectory(try TemporaryDirectory(make(v)))
        case "mkdtemp":
            return .string(try make(try args.bind(["suffix", "prefix", "dir"])))
        case "gettempdir":
            try args.noArguments()
            return .string(NSTemporaryDirectory().hasSuffix("/") ? String(NSTemporaryDirectory().dropLast()) : NSTemporaryDirectory())
        default:
            throw Members.missingAttribute(name, of: .module(.tempfile))
        }
    }

    /// A new directory `dir/prefix<random>suffix`, as `mkdtemp` names it.
    private static func make(_ v: [PyValue?]) throws -> String {
        let suffix = try v[0].flatMap { $0.isNone ? nil : try $0.string("suffix", in: "mkdtemp") } ?? ""
        let prefix = try v[1].flatMap { $0.isNone ? nil : try $0.string("prefix", in: "mkdtemp") } ?? "tmp"
        var parent = try v[2].flatMap { $0.isNone ? nil : try $0.string("dir", in: "mkdtemp") } ?? NSTemporaryDirectory()
        if parent.hasSuffix("/") { parent.removeLast() }
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789_")
        for _ in 0..<100 {
            let path = parent + "/" + prefix + String((0..<8).map { _ in letters.randomElement()! }) + suffix
            if (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)) != nil { return path }
        }
        throw ScriptError("FileExistsError", "No usable temporary directory name found")
    }
}

/// `tempfile.TemporaryDirectory()`: a directory that a `with` block removes on exit.
public final class TemporaryDirectory: Sendable {
    public let path: String

    init(_ path: String) { self.path = path }

    func cleanup() { try? FileManager.default.removeItem(atPath: path) }

    var repr: String { "<TemporaryDirectory '\(path)'>" }
}
