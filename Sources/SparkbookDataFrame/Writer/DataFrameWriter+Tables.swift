import Foundation
import SparkbookEngine

extension DataFrameWriter {
    /// `saveAsTable(name)`: a new table (managed in the warehouse, or external at the `path` option) written
    /// with this writer's format, partitioning and options; an existing one follows the save mode: `error`
    /// refuses it, `ignore` leaves it, `overwrite` replaces the table (schema and format included), `append`
    /// adds the rows, matched to the table's columns by name.
    public func saveAsTable(_ name: String) async throws {
        try checkBucketing()
        let session = frame.session
        let catalog = session.sessionCatalog
        let identifier = catalog.qualified(try TableIdentifier.parse(name))
        if let existing = try catalog.table(identifier) {
            if mode == .overwrite { try TableInsertion.refuseOverwriting(existing, readBy: frame) }
            switch mode {
            case .errorIfExists: throw CatalogErrors.tableAlreadyExists(identifier)
            case .ignore: return
            case .append:
                if formatGiven && formatName != existing.provider { throw CatalogErrors.formatMismatch(existing, given: formatName) }
                let byName = try frame.select(existing.schema.names.map { Column($0) })
                let insertion = TableInsertion(session: session, table: existing)
                try await insertion.write(try insertion.aligned(byName), overwrite: false)
                return
            case .overwrite where existing.provider == "delta" && (!formatGiven || formatName == "delta"):
                // A Delta table keeps its log: the overwrite is its next version, as Delta's saveAsTable does.
                var files = format("delta")
                files.bucketing = nil
                try await files.mode("overwrite").save(existing.location)
                var updated = existing
                updated.schema = try session.readTable(existing).schema().asNullable
                try catalog.alterTable(updated)
                return
            case .overwrite:
                try catalog.dropTable(identifier.description, ifExists: true)
            }
        }
        let provider = formatGiven ? formatName : session.defaultTableProvider
        let external = options["path"].map { session.context.resolve(path: $0).path }
        let location = try external ?? catalog.defaultLocation(identifier)
        let schema = CatalogTable.ordered(try frame.schema(), partitionColumns: partitionColumns).asNullable
        var tableOptions = options
        tableOptions["path"] = nil
        var properties: [String: String] = [:]
        if !clusterColumns.isEmpty {
            // Spark records clustering as a property: one JSON array per column, of its name parts.
            properties["clusteringColumns"] = "[" + clusterColumns.map { "[\"\($0)\"]" }.joined(separator: ",") + "]"
        }
        let table = CatalogTable(identifier: identifier, kind: external == nil ? .managed : .external, provider: provider,
                                 location: location, schema: schema,
                                 partitionColumns: partitionColumns.map { name in schema.fields.first { $0.name.lowercased() == name.lowercased() }?.name ?? name },
                                 properties: properties, options: tableOptions, bucketing: bucketing)
        if external == nil, SessionCatalog.hasContent(location) { throw CatalogErrors.locationAlreadyExists(identifier, location) }
        _ = try partitioning(try frame.schema())  // unknown or unusable partition columns fail before anything is written
        // The rows go into the table's folder as one plain write; buckets are recorded in the catalog only.
        var files = try format(provider).mode(external == nil ? "overwrite" : mode.rawValue)
        files.bucketing = nil
        files.sortColumns = []
        try await files.save(location)
        try catalog.createTable(table, checkLocation: false)
    }

    /// `insertInto(name, overwrite)`: the rows matched to the table's columns by position, as Spark does.
    public func insertInto(_ name: String, overwrite: Bool? = nil) async throws {
        let session = frame.session
        let table = try session.sessionCatalog.existingTable(name)
        let insertion = TableInsertion(session: session, table: table)
        try await insertion.write(try insertion.aligned(frame), overwrite: overwrite ?? (mode == .overwrite))
    }
}

extension DataFrameWriter {
    public func bucketBy(_ count: Int, _ columns: [String]) -> DataFrameWriter {
        var copy = self
        copy.bucketing = CatalogTable.Bucketing(count: count, columns: columns, sortColumns: sortColumns)
        return copy
    }

    public func sortBy(_ columns: [String]) -> DataFrameWriter {
        var copy = self
        copy.sortColumns = columns
        copy.bucketing?.sortColumns = columns
        return copy
    }

    public func clusterBy(_ columns: [String]) -> DataFrameWriter {
        var copy = self
        copy.clusterColumns = columns
        return copy
    }

    /// Spark's SORT_BY_WITHOUT_BUCKETING.
    func checkBucketing() throws {
        if !sortColumns.isEmpty && bucketing == nil {
            throw SparkError(.analysis, errorClass: "SORT_BY_WITHOUT_BUCKETING",
                             message: "sortBy must be used together with bucketBy.", sqlState: "42601")
        }
    }
}

extension StructType {
    /// Every field (not nested ones) nullable, as Spark stores a data source table's schema.
    var asNullable: StructType {
        StructType(fields.map { var field = $0; field.nullable = true; return field })
    }
}
