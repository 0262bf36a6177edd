import Foundation

/// A Delta table as of one version: the newest checkpoint at or before it, then the log's commits after it
/// replayed in order, so the protocol and metadata are the last ones written and the files are those added and
/// not removed since.
public struct DeltaSnapshot {
    public let version: Int
    var protocolVersion: DeltaProtocol
    var metadata: DeltaMetadata
    /// The live data files, in the order they were added.
    var files: [DeltaAddFile]

    /// Reader features Sparkbook reads (it has none of the reader-3 features; `timestampNtz` only changes types).
    static let readableFeatures: Set<String> = ["timestampNtz"]
    /// Writer features Sparkbook honours when appending to a table written elsewhere.
    static let writableFeatures: Set<String> = ["appendOnly", "invariants", "timestampNtz"]

    /// The snapshot at `version` (the latest when nil).
    init(log: DeltaLog, version requested: Int? = nil) throws {
        let versions = log.versions()
        guard let latest = versions.last else { throw DeltaError.notATable(log.tablePath) }
        let target = requested ?? latest
        guard target >= 0, target <= latest else { throw DeltaError.noVersion(target, latest: latest) }
        var proto: DeltaProtocol?
        var meta: DeltaMetadata?
        var live: [String: DeltaAddFile] = [:]
        var order: [String] = []
        let checkpoint = DeltaCheckpoint.latest(in: log, atOrBefore: target)
        let start = checkpoint.map { $0.version + 1 } ?? 0
        // Every commit after the checkpoint (or from 0) must be there to replay.
        guard Set(versions).isSuperset(of: start...max(start, target)) || start > target else {
            throw DeltaError.noVersion(target, latest: latest)
        }
        let replayed = try (checkpoint?.actions() ?? []) + versions.filter { $0 >= start && $0 <= target }.flatMap { try log.actions(version: $0) }
        for action in replayed {
            switch action {
            case .protocolVersion(let p): proto = p
            case .metaData(let m): meta = m
            case .add(let a):
                if live[a.path] == nil { order.append(a.path) }
                live[a.path] = a
            case .remove(let path, _): live[path] = nil
            case .commitInfo, .other: break
            }
        }
        guard let proto, let meta else { throw DeltaError.unreadable("the log of \(log.tablePath) has no protocol or metaData action") }
        version = target
        protocolVersion = proto
        metadata = meta
        files = order.compactMap { live[$0] }
    }

    /// Refuses a table this reader would misread: column mapping, deletion vectors and newer reader features.
    func checkReadable() throws {
        if let mode = metadata.configuration["delta.columnMapping.mode"], mode != "none" {
            throw DeltaError.unsupported("column mapping (delta.columnMapping.mode = \(mode))")
        }
        if protocolVersion.minReaderVersion == 2 { throw DeltaError.unsupported("reader version 2 (column mapping)") }
        if protocolVersion.minReaderVersion > 3 { throw DeltaError.unsupported("reader version \(protocolVersion.minReaderVersion)") }
        let missing = protocolVersion.readerFeatures.filter { !Self.readableFeatures.contains($0) }
        if !missing.isEmpty { throw DeltaError.unsupported("reader features " + missing.joined(separator: ", ")) }
        if files.contains(where: \.hasDeletionVector) { throw DeltaError.unsupported("deletion vectors") }
    }

    /// Refuses to write to a table whose protocol asks for what this writer does not do.
    func checkWritable() throws {
        try checkReadable()
        if protocolVersion.minWriterVersion > 7 { throw DeltaError.unsupported("writer version \(protocolVersion.minWriterVersion)") }
        if protocolVersion.minWriterVersion >= 3 && protocolVersion.minWriterVersion < 7 {
            // Writer 3-6 add CHECK constraints, generated columns, change data feed and column mapping.
            throw DeltaError.unsupported("writer version \(protocolVersion.minWriterVersion) (constraints, generated columns or change data feed)")
        }
        let missing = protocolVersion.writerFeatures.filter { !Self.writableFeatures.contains($0) }
        if !missing.isEmpty { throw DeltaError.unsupported("writer features " + missing.joined(separator: ", ")) }
        if metadata.configuration["delta.appendOnly"] == "true" {
            // Checked by the caller for overwrites; appends are fine.
        }
    }

    /// The table's schema (data and partition columns, in the table's order).
    func schema() throws -> StructType {
        guard let schema = SparkSchemaJSON.schema(metadata.schemaString) else {
            throw DeltaError.unsupported("the table's schema (\(metadata.schemaString))")
        }
        return schema
    }
}

extension DeltaLog {
    /// The latest version committed at or before `timestamp` (milliseconds since the epoch); a time before the
    /// first commit or after the last is an error, as in Delta.
    func version(atOrBefore timestamp: Int64, text: String) throws -> Int {
        var found: Int?
        var last: Int64 = .min
        for v in versions() {
            last = try self.timestamp(version: v)
            if last <= timestamp { found = v } else { break }
        }
        guard let found else { throw DeltaError.noTimestamp(text) }
        if found == versions().last && timestamp > last { throw DeltaError.timestampAfterLatest(text) }
        return found
    }
}
