import Foundation
import SparkbookEngine

/// The table and database commands of `spark.sql`, run at once as Spark runs commands; their result is local
/// rows (`DataFrame[]` for DDL).
extension SparkSession {
    func runTableCommand(_ command: SQLTableCommand, query: (SQLSelect) async throws -> DataFrame) async throws -> DataFrame {
        let catalog = sessionCatalog
        switch command {
        case .createTable(let create):
            try await createTable(create, query: query)
        case .insert(let insert):
            try await self.insert(insert, query: query)
        case .dropTable(let name, let ifExists):
            try catalog.dropTable(name, ifExists: ifExists)
        case .createDatabase(let name, let ifNotExists, let comment, let location):
            try catalog.createDatabase(name, ifNotExists: ifNotExists, comment: comment,
                                       location: location.map { context.resolve(path: $0).path })
        case .dropDatabase(let name, let ifExists, let cascade):
            try catalog.dropDatabase(name, ifExists: ifExists, cascade: cascade)
        case .use(let name):
            try catalog.setCurrentDatabase(name)
        case .showDatabases(let pattern):
            let names = try catalog.store.databases().map(\.name)
                .filter { name in pattern.map { SQLStatement.matches(name, pattern: $0) } ?? true }
            return try commandResult([StructField("namespace", .string, nullable: false)], names.map { [.string($0)] })
        case .truncate(let name):
            let table = try catalog.existingTable(name)
            let empty = try createDataFrame(rows: [], schema: table.schema)
            if table.provider == "delta" {
                try await TableInsertion(session: self, table: table).write(empty, overwrite: true)
            } else if FileManager.default.fileExists(atPath: table.location) {
                for entry in try FileManager.default.contentsOfDirectory(atPath: table.location) {
                    try FileManager.default.removeItem(atPath: (table.location as NSString).appendingPathComponent(entry))
                }
            }
        case .rename(let from, let to):
            try catalog.renameTable(from, to: to)
        case .showCreateTable(let name):
            let table = try catalog.existingTable(name)
            return try commandResult([StructField("createtab_stmt", .string, nullable: false)],
                                     [[.string(TableDescription(table: table).createStatement)]])
        }
        return try commandResult([], [])
    }

    /// A command's local rows.
    func commandResult(_ fields: [StructField], _ rows: [[Value]]) throws -> DataFrame {
        try createDataFrame(rows: rows, schema: StructType(fields), isCommandResult: true)
    }

    private func createTable(_ create: SQLTableCommand.CreateTable, query: (SQLSelect) async throws -> DataFrame) async throws {
        let catalog = sessionCatalog
        let identifier = catalog.qualified(try TableIdentifier.parse(create.name))
        let provider = create.provider ?? defaultTableProvider
        if let existing = try catalog.table(identifier) {
            if create.replace {
                // Spark's file tables cannot be replaced; Delta's can (a new version of the same table).
                guard provider == "delta" && existing.provider == "delta" else {
                    throw CatalogErrors.unsupportedReplace(identifier, asSelect: create.query != nil)
                }
                _ = try catalog.store.dropTable(identifier)
            } else if create.ifNotExists {
                return
            } else {
                throw CatalogErrors.tableAlreadyExists(identifier)
            }
        }
        let external = create.location.map { context.resolve(path: $0).path }
        let location = try external ?? catalog.defaultLocation(identifier)
        if external == nil, !(create.replace && provider == "delta"), SessionCatalog.hasContent(location) {
            throw CatalogErrors.locationAlreadyExists(identifier, location)
        }
        var data: DataFrame
        if let select = create.query {
            data = try await query(select)
        } else {
            data = try createDataFrame(rows: [], schema: create.columns ?? StructType([]))
        }
        let schema = CatalogTable.ordered(try data.schema(), partitionColumns: create.partitionColumns).asNullable
        let table = CatalogTable(identifier: identifier, kind: external == nil ? .managed : .external, provider: provider,
                                 location: location, schema: schema,
                                 partitionColumns: create.partitionColumns.map { name in schema.fields.first { $0.name.lowercased() == name.lowercased() }?.name ?? name },
                                 properties: create.properties, options: create.options, comment: create.comment)
        var writer = data.write.format(provider).partitionBy(table.partitionColumns)
        for (key, value) in create.options { writer = writer.option(key, value) }
        // Replacing a Delta table gives it the new query's schema, in a new version of the same log.
        if create.replace && provider == "delta" { writer = writer.option("overwriteSchema", "true") }
        if create.query != nil || provider == "delta" {
            try await writer.mode(create.replace || external == nil ? "overwrite" : "errorifexists").save(location)
        } else {
            _ = try writer.partitioning(try data.schema())
            if external == nil { try FileManager.default.createDirectory(atPath: location, withIntermediateDirectories: true) }
        }
        try catalog.createTable(table, checkLocation: false)
    }

    private func insert(_ insert: SQLTableCommand.Insert, query: (SQLSelect) async throws -> DataFrame) async throws {
        let table = try sessionCatalog.existingTable(insert.table)
        let data: DataFrame = switch insert.source {
        case .values(let rows): try inlineTable(rows, names: nil)
        case .query(let select): try await query(select)
        }
        let lowered = { (name: String) in name.lowercased() }
        let statics = Dictionary(insert.partition.compactMap { spec in spec.value.map { (lowered(spec.column), $0) } }) { $1 }
        // The columns the data gives, in order: the list written, else the table's less the static partitions.
        let given = (insert.columns ?? table.schema.names).map(lowered).filter { statics[$0] == nil }
        let width = try data.schema().count
        guard width == given.count else {
            throw CatalogErrors.arityMismatch(table, tableColumns: table.schema.names.filter { statics[lowered($0)] == nil },
                                              dataColumns: try data.schema().names)
        }
        let dataNames = try data.schema().names
        let full = try data.select(table.schema.fields.map { field -> Column in
            if let value = statics[lowered(field.name)] { return Column(.alias(value, name: field.name)) }
            if let index = given.firstIndex(of: lowered(field.name)) {
                return Column(.alias(.columnAt(index, name: dataNames[index]), name: field.name))
            }
            return Column(.alias(.cast(.literal(.null), field.dataType), name: field.name))
        })
        let insertion = TableInsertion(session: self, table: table)
        // INSERT OVERWRITE ... PARTITION (p = v): only that partition's folder is replaced.
        var replaced: [String] = []
        let staticPrefix = table.partitionColumns.prefix { statics[lowered($0)] != nil }
        if insert.overwrite, !staticPrefix.isEmpty, staticPrefix.count == statics.count {
            let zone = TimeZone(identifier: conf.get("spark.sql.session.timeZone") ?? "UTC") ?? TimeZone(identifier: "UTC")!
            let valueText = SparkValueText(sessionTimeZone: zone)
            let text = try staticPrefix.map { column -> String in
                guard case .literal(let value) = statics[lowered(column)]! else {
                    throw SparkError(.unsupported, message: "Sparkbook's INSERT OVERWRITE ... PARTITION takes literal partition values.")
                }
                return PartitionPathEscaping.escape(column) + "=" + PartitionPathEscaping.escape(value == .null ? "__HIVE_DEFAULT_PARTITION__" : valueText.text(value.outputValue))
            }.joined(separator: "/")
            replaced = [text]
        }
        try await insertion.write(try insertion.aligned(full), overwrite: insert.overwrite, replacing: replaced)
    }
}

extension SparkSession {
    /// `spark.catalog.createTable(...)`: an empty managed table of `schema`, or an external one over `path`,
    /// its schema read from the files there when none is given.
    public func createCatalogTable(_ name: String, path: String?, provider: String, schema: StructType?,
                                   comment: String?, options: [String: String]) async throws {
        let catalog = sessionCatalog
        let identifier = catalog.qualified(try TableIdentifier.parse(name))
        if try catalog.table(identifier) != nil { throw CatalogErrors.tableAlreadyExists(identifier) }
        let external = path.map { context.resolve(path: $0).path }
        let location = try external ?? catalog.defaultLocation(identifier)
        var tableSchema = schema ?? StructType([])
        if schema == nil, let external, FileManager.default.fileExists(atPath: external) {
            let reader = read.format(provider).options(options)
            tableSchema = try (provider == "json" ? reader.json([external]) : reader.load([external])).schema()
        }
        let table = CatalogTable(identifier: identifier, kind: external == nil ? .managed : .external, provider: provider,
                                 location: location, schema: tableSchema.asNullable, options: options, comment: comment)
        try catalog.createTable(table)
        if provider == "delta" && external == nil {
            try await createDataFrame(rows: [], schema: table.schema).write.format("delta").mode("overwrite").save(location)
        } else if external == nil {
            try FileManager.default.createDirectory(atPath: location, withIntermediateDirectories: true)
        }
    }
}
