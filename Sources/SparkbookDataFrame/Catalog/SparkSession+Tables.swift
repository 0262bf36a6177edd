import Foundation
import SparkbookEngine

extension SparkSession {
    /// The default provider of new tables (`spark.sql.sources.default`, parquet as in Spark).
    public var defaultTableProvider: String { (conf.get("spark.sql.sources.default") ?? "parquet").lowercased() }

    /// `spark.table(name)`, `spark.read.table(name)`, a SQL FROM: a temporary view (an unqualified name, or
    /// `global_temp.v`), else a table of the catalog read from its files with the catalog's schema.
    public func table(_ name: String) throws -> DataFrame {
        if catalog.names.contains(name.lowercased()) {
            if let cached = sessionCatalog.cachedPlan(name.lowercased()) { return DataFrame(session: self, plan: cached) }
            return DataFrame(session: self, plan: try catalog.plan(name))
        }
        let table = try sessionCatalog.existingTable(name)
        if let cached = sessionCatalog.cachedPlan(table.identifier.description) { return DataFrame(session: self, plan: cached) }
        return try readTable(table)
    }

    /// A table's rows as its files hold them now; a table with no files yet is empty, with its schema.
    func readTable(_ table: CatalogTable) throws -> DataFrame {
        let fm = FileManager.default
        switch table.provider {
        case "delta":
            guard fm.fileExists(atPath: URL(fileURLWithPath: table.location).appendingPathComponent("_delta_log").path) else {
                return try createDataFrame(rows: [], schema: table.schema)
            }
            return try read.format("delta").options(table.options).load([table.location])
        case "parquet":
            guard fm.fileExists(atPath: table.location) else { return try createDataFrame(rows: [], schema: table.schema) }
            return try read.format("parquet").options(table.options).schema(table.schema).load([table.location])
        default:
            guard fm.fileExists(atPath: table.location) else { return try createDataFrame(rows: [], schema: table.schema) }
            guard !table.partitionColumns.isEmpty else { return try readFiles(table, table.location, schema: table.schema) }
            return try readPartitions(table)
        }
    }

    private func readFiles(_ table: CatalogTable, _ path: String, schema: StructType) throws -> DataFrame {
        let reader = read.format(table.provider).options(table.options).schema(schema)
        return table.provider == "json" ? try reader.json([path]) : try reader.load([path])
    }

    /// A partitioned csv or json table: each `p=v/...` leaf folder read with the data columns, its partition
    /// values added as typed constants, all of them in one union (the text readers do not discover partitions).
    private func readPartitions(_ table: CatalogTable) throws -> DataFrame {
        let partitionNames = Set(table.partitionColumns.map { $0.lowercased() })
        let dataSchema = StructType(table.schema.fields.filter { !partitionNames.contains($0.name.lowercased()) })
        let zone = TimeZone(identifier: conf.get("spark.sql.session.timeZone") ?? "UTC") ?? TimeZone(identifier: "UTC")!
        var leaves: [(path: String, values: [String: String])] = [(table.location, [:])]
        for column in table.partitionColumns {
            leaves = leaves.flatMap { leaf -> [(path: String, values: [String: String])] in
                let prefix = PartitionPathEscaping.escape(column) + "="
                let entries = ((try? FileManager.default.contentsOfDirectory(atPath: leaf.path)) ?? []).sorted()
                return entries.filter { $0.hasPrefix(prefix) }.map { entry in
                    var values = leaf.values
                    values[column] = String(entry.dropFirst(prefix.count))
                    return ((leaf.path as NSString).appendingPathComponent(entry), values)
                }
            }
        }
        var union: DataFrame?
        for leaf in leaves {
            let part = try readFiles(table, leaf.path, schema: dataSchema).select(table.schema.fields.map { field -> Column in
                guard let raw = leaf.values[field.name] else { return Column(field.name) }
                let value = PartitionValueInference.value(raw, as: field.dataType, sessionZone: zone)
                return Column(.alias(.cast(.literal(value), field.dataType), name: field.name))
            })
            union = try union.map { try $0.union(part) } ?? part
        }
        return try union ?? createDataFrame(rows: [], schema: table.schema)
    }
}
