import Foundation

/// One write to a Delta table, as Spark's Delta writer does it: the save mode decides against the log whether to
/// create the table, add to it, replace its files or do nothing; the data files are written by the caller; then
/// one commit adds them (and removes the replaced ones) in a single new version.
public struct DeltaTableWrite {
    public enum Mode: String { case errorIfExists = "ErrorIfExists", overwrite = "Overwrite", append = "Append", ignore = "Ignore" }

    /// A data file the caller wrote under the table folder.
    public struct WrittenFile {
        public var relativePath: String
        public var partitionValues: [String: String?]
        public var size: Int64
        public var stats: String

        public init(relativePath: String, partitionValues: [String: String?], size: Int64, stats: String) {
            self.relativePath = relativePath
            self.partitionValues = partitionValues
            self.size = size
            self.stats = stats
        }
    }

    let log: DeltaLog
    let mode: Mode
    /// The table as it was read before writing; nil when the write creates it.
    let snapshot: DeltaSnapshot?
    /// The metadata to commit when the write creates the table or changes its schema.
    let newMetadata: DeltaMetadata?
    /// The partition columns the files must be laid out by.
    public let partitionColumns: [String]

    /// Plans a write of `schema`, or nil when `ignore` finds a table already there.
    public init?(tablePath: String, schema: StructType, partitionBy: [String], mode: Mode,
                 overwriteSchema: Bool, mergeSchema: Bool) throws {
        do {
            log = DeltaLog(tablePath: tablePath)
            self.mode = mode
            guard log.exists else {
                snapshot = nil
                partitionColumns = partitionBy
                newMetadata = DeltaMetadata(id: UUID().uuidString.lowercased(), format: "parquet", schemaString: SparkSchemaJSON.text(schema),
                                            partitionColumns: partitionBy, configuration: [:], createdTime: Self.now())
                return
            }
            switch mode {
            case .ignore: return nil
            case .errorIfExists:
                throw SparkError(.analysis, errorClass: "DELTA_PATH_EXISTS",
                                 message: "Cannot write to already existent path file:\(tablePath) without setting OVERWRITE = 'true'.",
                                 sqlState: "42K04")
            case .overwrite, .append: break
            }
            let current = try DeltaSnapshot(log: log)
            try current.checkWritable()
            if mode == .overwrite && current.metadata.configuration["delta.appendOnly"] == "true" {
                throw DeltaError.unsupported("overwriting an append-only table (delta.appendOnly = true)")
            }
            snapshot = current
            let tableSchema = try current.schema()
            if mode == .overwrite && overwriteSchema {
                partitionColumns = partitionBy
                var metadata = current.metadata
                metadata.schemaString = SparkSchemaJSON.text(schema)
                metadata.partitionColumns = partitionBy
                newMetadata = metadata
                return
            }
            if !partitionBy.isEmpty && partitionBy.map({ $0.lowercased() }) != current.metadata.partitionColumns.map({ $0.lowercased() }) {
                throw SparkError(.analysis, errorClass: "DELTA_PARTITION_COLUMN_MISMATCH",
                                 message: "Partition columns do not match the partition columns of the table.\nGiven: [\(partitionBy.joined(separator: ", "))]\nTable: [\(current.metadata.partitionColumns.joined(separator: ", "))]",
                                 sqlState: "42K09")
            }
            partitionColumns = current.metadata.partitionColumns
            var merged = tableSchema
            var changed = false
            for field in schema.fields {
                if let i = tableSchema.fields.firstIndex(where: { $0.name.lowercased() == field.name.lowercased() }) {
                    guard tableSchema[i].dataType == field.dataType || field.dataType == .null else {
                        throw Self.schemaMismatch(table: tableSchema, data: schema)
                    }
                } else if mergeSchema {
                    merged.fields.append(StructField(field.name, field.dataType, nullable: true))
                    changed = true
                } else {
                    throw Self.schemaMismatch(table: tableSchema, data: schema)
                }
            }
            if changed {
                var metadata = current.metadata
                metadata.schemaString = SparkSchemaJSON.text(merged)
                newMetadata = metadata
            } else {
                newMetadata = nil
            }
        } catch let error as DeltaError {
            throw error.sparkError
        }
    }

    private static func schemaMismatch(table: StructType, data: StructType) -> SparkError {
        SparkError(.analysis, errorClass: "_LEGACY_ERROR_TEMP_DELTA_0007",
                   message: "A schema mismatch detected when writing to the Delta table.\nTo enable schema migration using DataFrameWriter or DataStreamWriter, please set: '.option(\"mergeSchema\", \"true\")'.\n\nTable schema:\n\(DataType.structure(table).simpleString)\n\nData schema:\n\(DataType.structure(data).simpleString)",
                   sqlState: "42KD9")
    }

    static func now() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    /// The actions of the commit adding `files`: protocol and metadata when creating or changing the schema,
    /// removes of every live file on overwrite, the adds, and the commitInfo.
    func actions(_ files: [WrittenFile]) -> [DeltaAction] {
        let time = Self.now()
        var actions: [DeltaAction] = []
        actions.append(.commitInfo([
            ("timestamp", .integer(String(time))), ("operation", .string("WRITE")),
            ("operationParameters", .object([("mode", .string(mode.rawValue)),
                                             ("partitionBy", .string(JSONTree.array(partitionColumns.map(JSONTree.string)).compactText))])),
            ("readVersion", snapshot.map { .integer(String($0.version)) } ?? .null),
            ("isBlindAppend", .boolean(mode != .overwrite)), ("engineInfo", .string("Sparkbook"))]))
        if snapshot == nil { actions.append(.protocolVersion(.written)) }
        if let newMetadata { actions.append(.metaData(newMetadata)) }
        if mode == .overwrite, let snapshot {
            actions += snapshot.files.map { .remove(path: $0.path, deletionTimestamp: time) }
        }
        actions += files.map { file in
            .add(DeltaAddFile(path: Self.encodedPath(file.relativePath), partitionValues: file.partitionValues, size: file.size,
                              modificationTime: time, dataChange: true, stats: file.stats))
        }
        return actions
    }

    /// Commits the written files as the next version.
    public func commit(_ files: [WrittenFile]) throws {
        do {
            var version = (snapshot?.version ?? -1) + 1
            while true {
                do {
                    try log.commit(version: version, actions: actions(files))
                    break
                } catch DeltaError.concurrentCommit(let taken) {
                    // Another writer took the version. A blind append still holds after it (Delta's optimistic
                    // concurrency) unless that commit created the table or changed its schema or protocol.
                    guard mode == .append, snapshot != nil, newMetadata == nil,
                          try !log.actions(version: taken).contains(where: {
                              switch $0 { case .metaData, .protocolVersion: true; default: false }
                          }) else { throw DeltaError.concurrentCommit(taken) }
                    version = taken + 1
                }
            }
            let interval = (newMetadata ?? snapshot?.metadata)?.configuration["delta.checkpointInterval"].flatMap(Int.init) ?? 10
            if version > 0, interval > 0, version % interval == 0 {
                // The commit stands whether or not its checkpoint is written, as in Delta.
                try? DeltaCheckpoint.write(DeltaSnapshot(log: log, version: version), log: log)
            }
        } catch let error as DeltaError {
            throw error.sparkError
        }
    }

    /// A relative path as the log holds it: a URL path, percent-encoded.
    static func encodedPath(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "%:")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    /// The statistics of one data file, for `WrittenFile.stats`.
    public static func statistics(_ batch: RecordBatch) -> String { DeltaFileStatistics.json(batch) }
}
