import SparkbookCluster

/// Defaults of the SQL properties a session reports through `spark.conf.get` when they were never set.
enum SparkDefaults {
    static func value(for key: String) -> String? {
        switch key {
        case "spark.sql.shuffle.partitions": "200"
        case "spark.sql.pivotMaxValues": "10000"
        case "spark.sql.adaptive.enabled": "true"
        case "spark.sql.adaptive.coalescePartitions.enabled": "true"
        case "spark.sql.files.maxPartitionBytes": "128MB"
        case "spark.sql.files.openCostInBytes": "4MB"
        case "spark.sql.ansi.enabled": "true"
        case "spark.sql.caseSensitive": "false"
        case "spark.sql.session.timeZone": TimeZoneName.current
        default: nil
        }
    }

    /// The value type of the SQL properties above, as Spark's `SQLConf` declares them.
    static func type(of key: String) -> SQLConfType? {
        switch key {
        case "spark.sql.shuffle.partitions", "spark.sql.pivotMaxValues": .int
        case "spark.sql.adaptive.enabled", "spark.sql.adaptive.coalescePartitions.enabled", "spark.sql.ansi.enabled",
             "spark.sql.caseSensitive": .boolean
        case "spark.sql.files.maxPartitionBytes", "spark.sql.files.openCostInBytes",
             "spark.sql.adaptive.advisoryPartitionSizeInBytes": .bytes
        default: nil
        }
    }
}

/// How Spark's typed SQL properties read their text: ints and booleans trimmed, sizes with Spark's units.
enum SQLConfType {
    case int, boolean, bytes

    /// The type's name in Spark's type-mismatch message.
    var sparkName: String {
        switch self {
        case .int: "int"
        case .boolean: "boolean"
        case .bytes: "bytes in BYTE"
        }
    }

    func accepts(_ value: String, key: String) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        switch self {
        case .int: return Int32(trimmed) != nil
        case .boolean: return ["true", "false"].contains(trimmed.lowercased())
        case .bytes: return (try? SparkSize.bytes(value, key: key, defaultUnit: .byte)) != nil
        }
    }
}

import Foundation

enum TimeZoneName {
    static var current: String { TimeZone.current.identifier }
}
