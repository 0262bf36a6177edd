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
