import Foundation

/// The files under a read path and the partition each lies in, as Spark's InMemoryFileIndex and
/// PartitioningUtils find them: directories are listed recursively (names starting with `_` or `.` skipped),
/// and every `column=value` directory between the path and a file gives that file a partition value.
public struct PartitionedFileListing: Sendable {
    public struct File: Sendable, Hashable {
        public let entry: CSVFileListing.Entry
        /// The raw (still escaped) values by partition column, outermost first.
        public let partition: [String: String]
    }

    public let files: [File]
    /// The partition columns in directory order, with the types their values infer to.
    public let columns: [StructField]

    /// `basePath` (Spark's option): the folder partition discovery starts from, so reading `base/year=2024`
    /// still gives `year`.
    public init(paths: [String], inferTypes: Bool = true, recursiveFileLookup: Bool = false,
                pathGlobFilter: String? = nil, basePath: String? = nil) throws {
        var files: [File] = []
        var order: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw SparkError(.analysis, errorClass: "PATH_NOT_FOUND", message: "Path does not exist: file:\(path).",
                                 sqlState: "42K03")
            }
            // The `col=value` folders between basePath and the path.
            var above: [(String, String)] = []
            if let basePath, !recursiveFileLookup {
                let base = basePath.hasSuffix("/") ? String(basePath.dropLast()) : basePath
                let folder = isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent
                if folder.hasPrefix(base + "/") {
                    for name in folder.dropFirst(base.count + 1).split(separator: "/") {
                        guard let eq = name.firstIndex(of: "="), eq != name.startIndex else { continue }
                        let column = PartitionPathEscaping.unescape(String(name[..<eq]))
                        above.append((column, String(name[name.index(after: eq)...])))
                        if !order.contains(column) { order.append(column) }
                    }
                }
            }
            guard isDirectory.boolValue else {
                files.append(File(entry: CSVFileListing.Entry(path: path, size: try CSVFileListing.size(of: path)),
                                  partition: Dictionary(above, uniquingKeysWith: { $1 })))
                continue
            }
            try Self.walk(path, partition: above, discover: !recursiveFileLookup, into: &files, order: &order)
        }
        if let pattern = pathGlobFilter {
            files = files.filter { HadoopGlob.matches(name: ($0.entry.path as NSString).lastPathComponent, pattern: pattern) }
        }
        self.files = files
        columns = order.map { name in
            StructField(name, PartitionValueInference.columnType(files.compactMap { $0.partition[name] }, inferTypes: inferTypes))
        }
    }

    private static func walk(_ directory: String, partition: [(String, String)], discover: Bool,
                             into files: inout [File], order: inout [String]) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw SparkError(.execution, errorClass: "FAILED_READ_FILE", message: "Cannot list directory file:\(directory): \(error.localizedDescription)")
        }
        for name in names where !name.hasPrefix("_") && !name.hasPrefix(".") {
            let child = (directory as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                var next = partition
                if discover, let eq = name.firstIndex(of: "="), eq != name.startIndex {
                    let column = PartitionPathEscaping.unescape(String(name[..<eq]))
                    next.append((column, String(name[name.index(after: eq)...])))
                    if !order.contains(column) { order.append(column) }
                }
                try walk(child, partition: next, discover: discover, into: &files, order: &order)
            } else {
                files.append(File(entry: CSVFileListing.Entry(path: child, size: try CSVFileListing.size(of: child)),
                                  partition: Dictionary(partition, uniquingKeysWith: { $1 })))
            }
        }
    }
}
