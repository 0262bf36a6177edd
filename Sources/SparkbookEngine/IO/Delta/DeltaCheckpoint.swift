import Foundation

/// A Parquet checkpoint of the log (`NNN.checkpoint.parquet`, or its parts `NNN.checkpoint.0000000001.0000000002.parquet`):
/// the table's state at version NNN as one action per row, in the columns `add`, `remove`, `metaData` and
/// `protocol`. Replay starts from the newest one at or before the wanted version, so logs whose early commits
/// were cleaned up stay readable.
struct DeltaCheckpoint {
    let version: Int
    let paths: [String]

    /// The newest complete checkpoint at or before `version`: `_last_checkpoint`'s when it qualifies, else
    /// the newest listed.
    static func latest(in log: DeltaLog, atOrBefore version: Int) -> DeltaCheckpoint? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: log.logPath)) ?? []
        var parts: [Int: [(part: Int, of: Int, name: String)]] = [:]
        for name in names where name.hasSuffix(".parquet") && name.contains(".checkpoint") {
            let pieces = name.split(separator: ".")
            guard pieces.count >= 3, pieces[0].count == 20, let v = Int(pieces[0]), pieces[1] == "checkpoint" else { continue }
            if pieces.count == 3 {
                parts[v, default: []].append((1, 1, name))
            } else if pieces.count == 5, let part = Int(pieces[2]), let of = Int(pieces[3]) {
                parts[v, default: []].append((part, of, name))
            }
        }
        func complete(_ v: Int) -> DeltaCheckpoint? {
            guard let found = parts[v], let of = found.first?.of, Set(found.filter { $0.of == of }.map(\.part)) == Set(1...of) else { return nil }
            let names = found.filter { $0.of == of }.sorted { $0.part < $1.part }.map(\.name)
            return DeltaCheckpoint(version: v, paths: names.map { (log.logPath as NSString).appendingPathComponent($0) })
        }
        let hintPath = (log.logPath as NSString).appendingPathComponent("_last_checkpoint")
        if let data = FileManager.default.contents(atPath: hintPath),
           case .integer(let text)? = JSONTree.parse(String(decoding: data, as: UTF8.self))?["version"],
           let hinted = Int(text), hinted <= version, let checkpoint = complete(hinted) {
            return checkpoint
        }
        for v in parts.keys.sorted(by: >) where v <= version {
            if let checkpoint = complete(v) { return checkpoint }
        }
        return nil
    }

    /// The checkpoint's actions, read with the Parquet reader.
    func actions() throws -> [DeltaAction] {
        var actions: [DeltaAction] = []
        do {
            for path in paths {
                let reader = try ParquetFileReader(path: path)
                let kinds = ["protocol", "metaData", "add", "remove"]
                let present = kinds.compactMap { kind in reader.schema.index(of: kind).map { (kind, $0) } }
                for g in 0..<reader.rowGroupCount {
                    let batch = try reader.read(rowGroup: g, columns: present.map(\.1))
                    for row in 0..<batch.rowCount {
                        for (i, (kind, _)) in present.enumerated() {
                            let value = batch.columns[i].value(at: row)
                            guard value != .null, let action = DeltaAction(kind: kind, body: Self.tree(value)) else { continue }
                            actions.append(action)
                        }
                    }
                }
            }
        } catch let error as ParquetError {
            throw DeltaError.unreadable("cannot read the checkpoint \(paths.first ?? ""): \(error)")
        }
        return actions
    }

    /// A checkpoint value as the JSON a commit line would hold (null struct fields left out).
    static func tree(_ value: Value) -> JSONTree {
        switch value {
        case .structure(let names, let values):
            return .object(zip(names, values).filter { $0.1 != .null }.map { ($0.0, tree($0.1)) })
        case .map(let keys, let values):
            return .object(zip(keys, values).map { key, value in
                if case .string(let k) = key { return (k, tree(value)) }
                return (String(describing: key), tree(value))
            })
        case .array(let items): return .array(items.map(tree))
        case .string(let s): return .string(s)
        case .long(let v): return .integer(String(v))
        case .integer(let v): return .integer(String(v))
        case .boolean(let b): return .boolean(b)
        default: return .null
        }
    }
}

extension DeltaCheckpoint {
    static let stringMap = DataType.map(key: .string, value: .string, valueContainsNull: true)
    /// The checkpoint columns Sparkbook writes: what a reader needs to rebuild the snapshot (no tombstones).
    static let schema = StructType([
        StructField("protocol", .structure(StructType([StructField("minReaderVersion", .integer), StructField("minWriterVersion", .integer)]))),
        StructField("metaData", .structure(StructType([
            StructField("id", .string), StructField("format", .structure(StructType([StructField("provider", .string), StructField("options", stringMap)]))),
            StructField("schemaString", .string), StructField("partitionColumns", .array(element: .string, containsNull: true)),
            StructField("configuration", stringMap), StructField("createdTime", .long)]))),
        StructField("add", .structure(StructType([
            StructField("path", .string), StructField("partitionValues", stringMap), StructField("size", .long),
            StructField("modificationTime", .long), StructField("dataChange", .boolean), StructField("stats", .string)]))),
    ])

    /// Writes the checkpoint of `snapshot` (`NNN.checkpoint.parquet`, then `_last_checkpoint`), as Delta does
    /// every `delta.checkpointInterval` commits (10 by default) so readers need not replay the whole log.
    static func write(_ snapshot: DeltaSnapshot, log: DeltaLog) throws {
        guard snapshot.protocolVersion.minReaderVersion == 1 else { return }  // features would need their own columns
        var builders = schema.fields.map { ColumnBuilder(type: $0.dataType) }
        func strings(_ map: [String: String?]) -> Value {
            let keys = map.keys.sorted()
            return .map(keys: keys.map(Value.string), values: keys.map { map[$0]!.map(Value.string) ?? .null })
        }
        let p = snapshot.protocolVersion, m = snapshot.metadata
        builders[0].append(.structure(names: ["minReaderVersion", "minWriterVersion"],
                                      values: [.integer(Int32(p.minReaderVersion)), .integer(Int32(p.minWriterVersion))]))
        builders[1].appendNull(); builders[2].appendNull()
        builders[0].appendNull()
        builders[1].append(.structure(names: ["id", "format", "schemaString", "partitionColumns", "configuration", "createdTime"], values: [
            .string(m.id), .structure(names: ["provider", "options"], values: [.string(m.format), .map(keys: [], values: [])]),
            .string(m.schemaString), .array(m.partitionColumns.map(Value.string)), strings(m.configuration.mapValues { $0 }),
            m.createdTime.map(Value.long) ?? .null]))
        builders[2].appendNull()
        for file in snapshot.files {
            builders[0].appendNull(); builders[1].appendNull()
            builders[2].append(.structure(names: ["path", "partitionValues", "size", "modificationTime", "dataChange", "stats"], values: [
                .string(file.path), strings(file.partitionValues), .long(file.size), .long(file.modificationTime), .boolean(false),
                file.stats.map(Value.string) ?? .null]))
        }
        let rows = 2 + snapshot.files.count
        var writer = try ParquetFileWriter(schema: schema, codec: .snappy)
        try writer.write(RecordBatch(schema: schema, columns: builders.map { $0.finish() }, rowCount: rows))
        let name = String(DeltaLog.commitName(snapshot.version).dropLast(5)) + ".checkpoint.parquet"
        let target = (log.logPath as NSString).appendingPathComponent(name)
        let temporary = (log.logPath as NSString).appendingPathComponent(".\(name).\(UUID().uuidString).tmp")
        try Data(writer.finish()).write(to: URL(fileURLWithPath: temporary))
        if FileManager.default.fileExists(atPath: target) { try? FileManager.default.removeItem(atPath: target) }
        try FileManager.default.moveItem(atPath: temporary, toPath: target)
        let hint = JSONTree.object([("version", .integer(String(snapshot.version))), ("size", .integer(String(rows)))]).compactText
        try Data(hint.utf8).write(to: URL(fileURLWithPath: (log.logPath as NSString).appendingPathComponent("_last_checkpoint")), options: .atomic)
    }
}
