import Foundation
import SparkbookEngine

/// A table the catalog knows: where its files are, in which format, with which schema. A managed table's
/// files live in the warehouse and go with it on `DROP TABLE`; an external one's (`LOCATION`, a `path`
/// option) stay.
public struct CatalogTable: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case managed = "MANAGED", external = "EXTERNAL"
    }

    /// `bucketBy(n, cols).sortBy(cols)`, recorded as Spark's catalog records it. Sparkbook writes the rows
    /// without splitting them into bucket files: no reader of its catalog plans by buckets.
    public struct Bucketing: Sendable, Equatable, Codable {
        public var count: Int
        public var columns: [String]
        public var sortColumns: [String]

        public init(count: Int, columns: [String], sortColumns: [String] = []) {
            self.count = count
            self.columns = columns
            self.sortColumns = sortColumns
        }
    }

    public var identifier: TableIdentifier
    public var kind: Kind
    /// `parquet`, `delta`, `csv` or `json`, lowercased (Spark prints the provider as given).
    public var provider: String
    /// The table's folder, an absolute path.
    public var location: String
    /// Data columns, then partition columns, as Spark stores a table's schema.
    public var schema: StructType
    public var partitionColumns: [String]
    /// `TBLPROPERTIES`; and the data source's `OPTIONS` (`header`, `sep`, ...), given to every read and write.
    public var properties: [String: String]
    public var options: [String: String]
    public var comment: String?
    public var createdAt: Date
    public var bucketing: Bucketing?

    public init(identifier: TableIdentifier, kind: Kind, provider: String, location: String, schema: StructType,
                partitionColumns: [String] = [], properties: [String: String] = [:], options: [String: String] = [:],
                comment: String? = nil, createdAt: Date = Date(), bucketing: Bucketing? = nil) {
        self.identifier = identifier
        self.kind = kind
        self.provider = provider
        self.location = location
        self.schema = schema
        self.partitionColumns = partitionColumns
        self.properties = properties
        self.options = options
        self.comment = comment
        self.createdAt = createdAt
        self.bucketing = bucketing
    }

    public var database: String { identifier.database ?? "default" }
    public var name: String { identifier.table }

    /// The schema with partition columns moved after the data columns, in `partitionColumns`' order.
    public static func ordered(_ schema: StructType, partitionColumns: [String]) -> StructType {
        let lowered = partitionColumns.map { $0.lowercased() }
        let data = schema.fields.filter { !lowered.contains($0.name.lowercased()) }
        let partitions = lowered.compactMap { name in schema.fields.first { $0.name.lowercased() == name } }
        return StructType(data + partitions)
    }
}
