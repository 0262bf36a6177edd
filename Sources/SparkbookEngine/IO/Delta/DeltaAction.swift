import Foundation

/// One line of a Delta commit (`_delta_log/NNNNNNNNNNNNNNNNNNNN.json`): the actions of the Delta protocol that
/// Sparkbook reads and writes. Actions it does not know (`txn`, `cdc`, `domainMetadata`...) are kept as `other`
/// so replay skips them instead of failing.
enum DeltaAction {
    case protocolVersion(DeltaProtocol)
    case metaData(DeltaMetadata)
    case add(DeltaAddFile)
    case remove(path: String, deletionTimestamp: Int64)
    case commitInfo([(String, JSONTree)])
    case other

    /// The action of one commit line, or nil when the line is not a JSON object.
    init?(line: String) {
        guard case .object(let fields)? = JSONTree.parse(line), let (kind, body) = fields.first else { return nil }
        self.init(kind: kind, body: body)
    }

    /// The action named `kind` (`add`, `metaData`...) with its fields, from a commit line or a checkpoint row.
    init?(kind: String, body: JSONTree) {
        func string(_ name: String) -> String? { if case .string(let s)? = body[name] { return s }; return nil }
        func integer(_ name: String) -> Int64? {
            switch body[name] {
            case .integer(let t)?, .float(let t)?, .raw(let t)?: return Int64(t) ?? Double(t).map { Int64($0) }
            default: return nil
            }
        }
        func strings(_ name: String) -> [String] {
            guard case .array(let items)? = body[name] else { return [] }
            return items.compactMap { if case .string(let s) = $0 { return s }; return nil }
        }
        func map(_ name: String) -> [String: String?] {
            guard case .object(let entries)? = body[name] else { return [:] }
            var out: [String: String?] = [:]
            for (k, v) in entries {
                if case .string(let s) = v { out[k] = .some(s) } else { out[k] = .some(nil) }
            }
            return out
        }
        switch kind {
        case "protocol":
            self = .protocolVersion(DeltaProtocol(minReaderVersion: Int(integer("minReaderVersion") ?? 1),
                                                  minWriterVersion: Int(integer("minWriterVersion") ?? 2),
                                                  readerFeatures: strings("readerFeatures"), writerFeatures: strings("writerFeatures")))
        case "metaData":
            guard case .object(let format)? = body["format"] else { return nil }
            let provider: String
            if case .string(let p)? = format.first(where: { $0.0 == "provider" })?.1 { provider = p } else { provider = "parquet" }
            self = .metaData(DeltaMetadata(id: string("id") ?? "", format: provider, schemaString: string("schemaString") ?? "",
                                           partitionColumns: strings("partitionColumns"),
                                           configuration: map("configuration").compactMapValues { $0 },
                                           createdTime: integer("createdTime")))
        case "add":
            guard let path = string("path") else { return nil }
            self = .add(DeltaAddFile(path: path, partitionValues: map("partitionValues"), size: integer("size") ?? 0,
                                     modificationTime: integer("modificationTime") ?? 0, dataChange: true,
                                     stats: string("stats"), hasDeletionVector: body["deletionVector"].map { $0 != .null } ?? false))
        case "remove":
            guard let path = string("path") else { return nil }
            self = .remove(path: path, deletionTimestamp: integer("deletionTimestamp") ?? 0)
        case "commitInfo":
            guard case .object(let info) = body else { return nil }
            self = .commitInfo(info)
        default:
            self = .other
        }
    }

    /// The action as one commit line.
    var line: String {
        let tree: JSONTree
        switch self {
        case .protocolVersion(let p):
            var fields: [(String, JSONTree)] = [("minReaderVersion", .integer(String(p.minReaderVersion))),
                                                ("minWriterVersion", .integer(String(p.minWriterVersion)))]
            if p.minReaderVersion >= 3 { fields.append(("readerFeatures", .array(p.readerFeatures.map(JSONTree.string)))) }
            if p.minWriterVersion >= 7 { fields.append(("writerFeatures", .array(p.writerFeatures.map(JSONTree.string)))) }
            tree = .object([("protocol", .object(fields))])
        case .metaData(let m):
            var fields: [(String, JSONTree)] = [
                ("id", .string(m.id)), ("format", .object([("provider", .string(m.format)), ("options", .object([]))])),
                ("schemaString", .string(m.schemaString)), ("partitionColumns", .array(m.partitionColumns.map(JSONTree.string))),
                ("configuration", .object(m.configuration.sorted { $0.key < $1.key }.map { ($0.key, JSONTree.string($0.value)) }))]
            if let created = m.createdTime { fields.append(("createdTime", .integer(String(created)))) }
            tree = .object([("metaData", .object(fields))])
        case .add(let a):
            var fields: [(String, JSONTree)] = [
                ("path", .string(a.path)),
                ("partitionValues", .object(a.partitionValues.sorted { $0.key < $1.key }.map { ($0.key, $0.value.map(JSONTree.string) ?? .null) })),
                ("size", .integer(String(a.size))), ("modificationTime", .integer(String(a.modificationTime))),
                ("dataChange", .boolean(a.dataChange))]
            if let stats = a.stats { fields.append(("stats", .string(stats))) }
            tree = .object([("add", .object(fields))])
        case .remove(let path, let deletionTimestamp):
            tree = .object([("remove", .object([("path", .string(path)), ("deletionTimestamp", .integer(String(deletionTimestamp))),
                                                ("dataChange", .boolean(true))]))])
        case .commitInfo(let info):
            tree = .object([("commitInfo", .object(info))])
        case .other:
            tree = .object([])
        }
        return tree.compactText
    }
}

/// The reader and writer versions (and, from reader 3 / writer 7, the named features) a table requires.
struct DeltaProtocol: Equatable {
    var minReaderVersion: Int
    var minWriterVersion: Int
    var readerFeatures: [String] = []
    var writerFeatures: [String] = []

    /// What Sparkbook writes for a new table: the oldest protocol that `deltalake` and Spark's reader accept.
    static let written = DeltaProtocol(minReaderVersion: 1, minWriterVersion: 2)
}

/// The table's schema, partition columns and properties.
struct DeltaMetadata {
    var id: String
    var format: String
    var schemaString: String
    var partitionColumns: [String]
    var configuration: [String: String]
    var createdTime: Int64?
}

/// A data file of the table: its path relative to the table (URL-encoded), and its partition values as text
/// (nil for a null value).
struct DeltaAddFile {
    var path: String
    var partitionValues: [String: String?]
    var size: Int64
    var modificationTime: Int64
    var dataChange: Bool
    var stats: String?
    var hasDeletionVector = false
}

extension JSONTree {
    /// An object's field by name.
    subscript(name: String) -> JSONTree? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.0 == name }?.1
    }
}
