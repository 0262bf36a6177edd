/// `DESCRIBE HISTORY`: one row per commit, newest first, from each commit's `commitInfo`, in the columns of
/// Delta's history (without its `job` and `notebook` structs, which only Databricks fills).
public enum DeltaHistory {
    public static let schema = StructType([
        StructField("version", .long), StructField("timestamp", .timestamp), StructField("userId", .string),
        StructField("userName", .string), StructField("operation", .string),
        StructField("operationParameters", .map(key: .string, value: .string, valueContainsNull: true)),
        StructField("clusterId", .string), StructField("readVersion", .long), StructField("isolationLevel", .string),
        StructField("isBlindAppend", .boolean),
        StructField("operationMetrics", .map(key: .string, value: .string, valueContainsNull: true)),
        StructField("userMetadata", .string), StructField("engineInfo", .string),
    ])

    /// The table's history rows, newest first; `limit` keeps the latest ones.
    public static func rows(tablePath: String, limit: Int?) throws -> [[Value]] {
        do {
            let log = DeltaLog(tablePath: tablePath)
            guard log.exists else { throw DeltaError.notATable(tablePath) }
            var rows: [[Value]] = []
            for version in log.versions().reversed().prefix(limit ?? Int.max) {
                var info: [(String, JSONTree)] = []
                for case .commitInfo(let fields) in try log.actions(version: version) { info = fields }
                func field(_ name: String) -> JSONTree? { info.first { $0.0 == name }?.1 }
                func text(_ name: String) -> Value {
                    if case .string(let s)? = field(name) { return .string(s) }
                    return .null
                }
                func long(_ name: String) -> Value {
                    if case .integer(let t)? = field(name), let v = Int64(t) { return .long(v) }
                    return .null
                }
                func map(_ name: String) -> Value {
                    guard case .object(let entries)? = field(name) else { return .null }
                    return .map(keys: entries.map { .string($0.0) }, values: entries.map { entry in
                        if case .string(let s) = entry.1 { return .string(s) }
                        return entry.1 == .null ? .null : .string(entry.1.compactText)
                    })
                }
                var blind = Value.null
                if case .boolean(let b)? = field("isBlindAppend") { blind = .boolean(b) }
                rows.append([.long(Int64(version)), .timestamp(try log.timestamp(version: version) * 1000), text("userId"),
                             text("userName"), text("operation"), map("operationParameters"), text("clusterId"),
                             long("readVersion"), text("isolationLevel"), blind, map("operationMetrics"),
                             text("userMetadata"), text("engineInfo")])
            }
            return rows
        } catch let error as DeltaError {
            throw error.sparkError
        }
    }
}
