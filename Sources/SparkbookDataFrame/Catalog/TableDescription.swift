import Foundation
import SparkbookEngine

/// What `DESCRIBE [EXTENDED] t` and `SHOW CREATE TABLE t` print for a catalog table, as Spark 4.3's
/// `DescribeTableCommand` and `ShowCreateTableCommand` lay it out.
struct TableDescription {
    let table: CatalogTable

    static let fields = [StructField("col_name", .string, nullable: false), StructField("data_type", .string, nullable: false),
                         StructField("comment", .string)]

    /// The columns, the partition block when partitioned, then with `extended` the `# Detailed Table Information`.
    func rows(extended: Bool) -> [[Value]] {
        var rows: [[Value]] = table.schema.fields.map { [.string($0.name), .string($0.dataType.simpleString), .null] }
        if !table.partitionColumns.isEmpty {
            rows.append([.string("# Partition Information"), .string(""), .string("")])
            rows.append([.string("# col_name"), .string("data_type"), .string("comment")])
            for name in table.partitionColumns {
                if let field = table.schema.fields.first(where: { $0.name == name }) {
                    rows.append([.string(field.name), .string(field.dataType.simpleString), .null])
                }
            }
        }
        if let clustering = table.properties["clusteringColumns"] {
            rows.append([.string("# Clustering Information"), .string(""), .string("")])
            rows.append([.string("# col_name"), .string("data_type"), .string("comment")])
            for field in table.schema.fields where clustering.contains("\"\(field.name)\"") {
                rows.append([.string(field.name), .string(field.dataType.simpleString), .null])
            }
        }
        guard extended else { return rows }
        let detail = { (key: String, value: String) -> [Value] in [.string(key), .string(value), .string("")] }
        rows.append(detail("", ""))
        rows.append(detail("# Detailed Table Information", ""))
        rows.append(detail("Catalog", TableIdentifier.sessionCatalogName))
        rows.append(detail("Database", table.database))
        rows.append(detail("Table", table.name))
        rows.append(detail("Created Time", Self.javaDateText(table.createdAt)))
        rows.append(detail("Last Access", "UNKNOWN"))
        rows.append(detail("Created By", "Spark \(SparkSession.sparkVersion)"))
        rows.append(detail("Type", table.kind.rawValue))
        rows.append(detail("Provider", table.provider))
        if let bucketing = table.bucketing {
            let quoted = { (names: [String]) in "[" + names.map { "`\($0)`" }.joined(separator: ", ") + "]" }
            rows.append(detail("Num Buckets", String(bucketing.count)))
            rows.append(detail("Bucket Columns", quoted(bucketing.columns)))
            rows.append(detail("Sort Columns", quoted(bucketing.sortColumns)))
        }
        if let comment = table.comment { rows.append(detail("Comment", comment)) }
        if !table.properties.isEmpty { rows.append(detail("Table Properties", Self.bracketed(table.properties))) }
        rows.append(detail("Location", "file:" + table.location))
        if !table.options.isEmpty { rows.append(detail("Storage Properties", Self.bracketed(table.options))) }
        if !table.partitionColumns.isEmpty { rows.append(detail("Partition Provider", "Catalog")) }
        return rows
    }

    /// `SHOW CREATE TABLE`'s one statement.
    var createStatement: String {
        let columns = table.schema.fields.map { "  \($0.name) \(Self.sqlType($0.dataType))" }.joined(separator: ",\n")
        var text = "CREATE TABLE \(TableIdentifier.sessionCatalogName).\(table.database).\(table.name) (\n\(columns))\nUSING \(table.provider)\n"
        if !table.options.isEmpty {
            text += "OPTIONS (\n" + table.options.sorted { $0.key < $1.key }.map { "  '\($0.key)' = '\($0.value)'" }.joined(separator: ",\n") + ")\n"
        }
        if !table.partitionColumns.isEmpty { text += "PARTITIONED BY (\(table.partitionColumns.joined(separator: ", ")))\n" }
        if let comment = table.comment { text += "COMMENT '\(comment)'\n" }
        if table.kind == .external { text += "LOCATION 'file:\(table.location)'\n" }
        if !table.properties.isEmpty {
            text += "TBLPROPERTIES (\n" + table.properties.sorted { $0.key < $1.key }.map { "  '\($0.key)' = '\($0.value)'" }.joined(separator: ",\n") + ")\n"
        }
        return text
    }

    /// A type as Spark's `sql` names it; strings carry their collation in 4.3.
    static func sqlType(_ type: DataType) -> String {
        switch type {
        case .string: "STRING COLLATE UTF8_BINARY"
        case .integer: "INT"
        case .long: "BIGINT"
        case .short: "SMALLINT"
        case .byte: "TINYINT"
        default: type.simpleString.uppercased()
        }
    }

    /// `[a=1, b=2]`, keys sorted, as Spark prints properties.
    static func bracketed(_ values: [String: String]) -> String {
        "[" + values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") + "]"
    }

    /// Java's `Date.toString()` in the local zone (`Mon Dec 07 13:44:30 UTC 2026`).
    static func javaDateText(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "EEE MMM dd HH:mm:ss zzz yyyy"
        return formatter.string(from: date)
    }
}
