import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A table's `_delta_log` folder: the numbered JSON commits, read in order, and the writing of the next one.
/// A commit is atomic because its file is created with `O_EXCL`: of two writers taking the same version, one
/// fails instead of overwriting the other's commit.
public struct DeltaLog: Sendable {
    public let tablePath: String
    var logPath: String { (tablePath as NSString).appendingPathComponent("_delta_log") }

    public init(tablePath: String) {
        self.tablePath = tablePath
    }

    /// `00000000000000000012.json` for version 12.
    static func commitName(_ version: Int) -> String {
        let digits = String(version)
        return String(repeating: "0", count: max(0, 20 - digits.count)) + digits + ".json"
    }

    /// The versions of the commits present, ascending.
    func versions() -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: logPath)) ?? []
        return names.compactMap { name in
            guard name.hasSuffix(".json"), name.count == 25 else { return nil }
            return Int(name.prefix(20))
        }.sorted()
    }

    /// Whether the folder holds a Delta table (at least one commit).
    public var exists: Bool { !versions().isEmpty }

    /// The actions of one commit, in file order.
    func actions(version: Int) throws -> [DeltaAction] {
        let path = (logPath as NSString).appendingPathComponent(Self.commitName(version))
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DeltaError.unreadable("cannot read \(path)")
        }
        return try String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map { line in
            guard let action = DeltaAction(line: String(line)) else { throw DeltaError.unreadable("bad commit line in \(path): \(line)") }
            return action
        }
    }

    /// The commit's time: its `commitInfo.timestamp`, else the file's modification time (milliseconds).
    func timestamp(version: Int) throws -> Int64 {
        for case .commitInfo(let info) in try actions(version: version) {
            if case .integer(let t)? = info.first(where: { $0.0 == "timestamp" })?.1, let ms = Int64(t) { return ms }
        }
        let path = (logPath as NSString).appendingPathComponent(Self.commitName(version))
        let date = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? nil
        return Int64((date?.timeIntervalSince1970 ?? 0) * 1000)
    }

    /// Writes `actions` as commit `version`, failing if another writer has already written that version.
    func commit(version: Int, actions: [DeltaAction]) throws {
        try FileManager.default.createDirectory(atPath: logPath, withIntermediateDirectories: true)
        let path = (logPath as NSString).appendingPathComponent(Self.commitName(version))
        let text = actions.map(\.line).joined(separator: "\n") + "\n"
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else {
            if errno == EEXIST { throw DeltaError.concurrentCommit(version) }
            throw DeltaError.unreadable("cannot create \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            unlink(path)
            throw DeltaError.unreadable("cannot write \(path)")
        }
    }
}

/// What can go wrong reading or writing a Delta table, as Spark's Delta errors say it.
enum DeltaError: Error {
    case unreadable(String)
    case concurrentCommit(Int)
    case notATable(String)
    case noVersion(Int, latest: Int)
    case noTimestamp(String)
    case timestampAfterLatest(String)
    case unsupported(String)

    var sparkError: SparkError {
        switch self {
        case .unreadable(let text): return SparkError(.execution, errorClass: "DELTA_LOG_UNREADABLE", message: text)
        case .concurrentCommit(let v):
            return SparkError(.execution, errorClass: "DELTA_CONCURRENT_WRITE",
                              message: "ConcurrentWriteException: another writer committed version \(v) of the table first.")
        case .notATable(let path):
            return SparkError(.analysis, errorClass: "DELTA_MISSING_DELTA_TABLE",
                              message: "`\(path)` is not a Delta table.", sqlState: "42P01")
        case .noVersion(let v, let latest):
            return SparkError(.analysis, errorClass: "DELTA_VERSION_NOT_FOUND",
                              message: "Cannot time travel Delta table to version \(v). Available versions: [0, \(latest)].", sqlState: "22003")
        case .noTimestamp(let text):
            return SparkError(.analysis, errorClass: "DELTA_TIMESTAMP_EARLIER_THAN_COMMIT_RETENTION",
                              message: "The provided timestamp (\(text)) is before the earliest version available to this table.", sqlState: "42816")
        case .timestampAfterLatest(let text):
            return SparkError(.analysis, errorClass: "DELTA_TIMESTAMP_GREATER_THAN_COMMIT",
                              message: "The provided timestamp (\(text)) is after the latest version available to this table.", sqlState: "42816")
        case .unsupported(let what):
            return SparkError(.unsupported, errorClass: "DELTA_FEATURE_NOT_SUPPORTED",
                              message: "Delta table feature not supported yet by Sparkbook: \(what).")
        }
    }
}
