import Foundation

/// Expands a read path into the data files Spark would read: a file is itself; a directory gives its visible
/// files (names starting with `_` or `.`, such as `_SUCCESS` and `.crc` files, are skipped as Hadoop does),
/// sorted by name so part files keep their order.
public enum CSVFileListing {
    public struct Entry: Sendable, Hashable {
        public let path: String
        public let size: Int
    }

    public static func files(at path: String) throws -> [Entry] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CSVError(.pathNotFound, "[PATH_NOT_FOUND] Path does not exist: file:\(path).", path: path)
        }
        guard isDirectory.boolValue else { return [Entry(path: path, size: try size(of: path))] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw CSVError(.unreadableFile, "Cannot list directory: \(error.localizedDescription)", path: path)
        }
        var entries: [Entry] = []
        for name in names.sorted() where !name.hasPrefix("_") && !name.hasPrefix(".") {
            let child = (path as NSString).appendingPathComponent(name)
            var childIsDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: child, isDirectory: &childIsDirectory),
               !childIsDirectory.boolValue {
                entries.append(Entry(path: child, size: try size(of: child)))
            }
        }
        return entries
    }

    /// The files of several paths, in the given order.
    public static func files(at paths: [String]) throws -> [Entry] {
        try paths.flatMap { try files(at: $0) }
    }

    static func size(of path: String) throws -> Int {
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            return (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw CSVError(.unreadableFile, "Cannot read file size: \(error.localizedDescription)", path: path)
        }
    }
}
