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
        default:
            guard fm.fileExists(atPath: table.location) else { return try createDataFrame(rows: [], schema: table.schema) }
            let reader = read.format(table.provider).options(table.options).schema(table.schema)
            return table.provider == "json" ? try reader.json([table.location]) : try reader.load([table.location])
        }
    }
}
