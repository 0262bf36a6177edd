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
        case "spark.sql.mapKeyDedupPolicy": "EXCEPTION"
        case "spark.sql.session.timeZone": TimeZoneName.current
        case "spark.sql.catalogImplementation": "in-memory"
        case "spark.sql.sources.default": "parquet"
        default: nil
        }
    }
}

import Foundation

enum TimeZoneName {
    static var current: String { TimeZone.current.identifier }
}
