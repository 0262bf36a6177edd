import SparkbookDataFrame
import SparkbookEngine

/// `spark.catalog`: the session's databases, tables and temporary views, with PySpark's named tuples
/// (`Table(...)`, `Column(...)`, `Database(...)`). Catalog methods over functions Sparkbook does not have yet
/// fail with one error naming the method and those that work.
enum CatalogBinding {
    static let methods = ["listTables", "tableExists", "dropTempView", "listColumns", "currentDatabase",
                          "listDatabases", "isCached", "dropGlobalTempView", "getTable", "databaseExists",
                          "getDatabase", "setCurrentDatabase", "createTable", "createExternalTable", "cacheTable",
                          "uncacheTable", "clearCache", "refreshTable", "refreshByPath", "currentCatalog",
                          "setCurrentCatalog", "listCatalogs", "recoverPartitions"]
    /// PySpark's other catalog methods: they exist, so they are named as not supported rather than misspelled.
    static let notSupportedYet = ["functionExists", "getFunction", "listFunctions", "registerFunction"]

    static func call(_ name: String, _ session: SparkSession, _ args: CallArguments) async throws -> PyValue {
        let catalog = session.sessionCatalog
        func string(_ value: PyValue?, _ parameter: String) throws -> String? {
            guard let value, !value.isNone else { return nil }
            return try value.string(parameter, in: name)
        }
        /// `tableName` with an optional `dbName`, as one name.
        func tableName(_ v: [PyValue?]) throws -> String {
            let table = try v[0]!.string("tableName", in: name)
            return try string(v[1], "dbName").map { "\($0).\(table)" } ?? table
        }
        switch name {
        case "listTables":
            let v = try args.bind(["dbName", "pattern"], required: 0)
            let pattern = try string(v[1], "pattern")
            let matches = { (name: String) in pattern.map { SQLStatement.matches(name, pattern: $0) } ?? true }
            let tables = try catalog.tables(in: try string(v[0], "dbName")).filter { matches($0.name) }.map(tableTuple)
            // The session's own views; global ones (`global_temp.v`) live in another database.
            let prefix = DataFrameBinding.globalTempDatabase + "."
            return .list(tables + session.catalog.names.filter { !$0.hasPrefix(prefix) && matches($0) }.map(viewTuple))
        case "getTable":
            let v = try args.bind(["tableName"], required: 1)
            let table = try v[0]!.string("tableName", in: name)
            if catalog.isTempView(table) { return viewTuple(table.lowercased()) }
            return tableTuple(try catalog.existingTable(table))
        case "tableExists":
            let v = try args.bind(["tableName", "dbName"], required: 1)
            return .bool(try catalog.tableExists(try tableName(v)))
        case "dropGlobalTempView":
            let v = try args.bind(["viewName"], required: 1)
            return .bool(session.catalog.drop(DataFrameBinding.globalTempDatabase + "." + (try v[0]!.string("viewName", in: name))))
        case "dropTempView":
            let v = try args.bind(["viewName"], required: 1)
            return .bool(session.catalog.drop(try v[0]!.string("viewName", in: name)))
        case "listColumns":
            let v = try args.bind(["tableName", "dbName"], required: 1)
            let table = try tableName(v)
            let partitions = catalog.isTempView(table) ? [] : (try catalog.existingTable(table).partitionColumns)
            let fields = try session.table(table).schema().fields
            return .list(fields.map { field in
                .namedTuple(NamedTuple("Column", ["name": .string(field.name), "description": .none,
                                                  "dataType": .string(field.dataType.simpleString),
                                                  "nullable": .bool(field.nullable), "isPartition": .bool(partitions.contains(field.name)),
                                                  "isBucket": .bool(false), "isCluster": .bool(false)]))
            })
        case "currentDatabase":
            try args.noArguments()
            return .string(catalog.currentDatabase)
        case "setCurrentDatabase":
            let v = try args.bind(["dbName"], required: 1)
            try catalog.setCurrentDatabase(try v[0]!.string("dbName", in: name))
            return .none
        case "databaseExists":
            let v = try args.bind(["dbName"], required: 1)
            return .bool(try catalog.databaseExists(try v[0]!.string("dbName", in: name)))
        case "getDatabase":
            let v = try args.bind(["dbName"], required: 1)
            return databaseTuple(try catalog.database(try v[0]!.string("dbName", in: name)))
        case "listDatabases":
            let v = try args.bind(["pattern"], required: 0)
            let pattern = try string(v[0], "pattern")
            return .list(try catalog.store.databases()
                .filter { db in pattern.map { SQLStatement.matches(db.name, pattern: $0) } ?? true }.map(databaseTuple))
        case "currentCatalog":
            try args.noArguments()
            return .string(TableIdentifier.sessionCatalogName)
        case "setCurrentCatalog":
            let v = try args.bind(["catalogName"], required: 1)
            let catalogName = try v[0]!.string("catalogName", in: name)
            guard catalogName.lowercased() == TableIdentifier.sessionCatalogName else {
                throw SparkError(.analysis, errorClass: "CATALOG_NOT_FOUND",
                                 message: "The catalog `\(catalogName)` not found. Consider to set the SQL config `spark.sql.catalog.\(catalogName)` to a catalog plugin.",
                                 sqlState: "42P08")
            }
            return .none
        case "listCatalogs":
            _ = try args.bind(["pattern"], required: 0)
            return .list([.namedTuple(NamedTuple("CatalogMetadata", ["name": .string(TableIdentifier.sessionCatalogName),
                                                                     "description": .none]))])
        case "createTable", "createExternalTable":
            return .dataFrame(try await createTable(session, args, external: name == "createExternalTable"))
        case "isCached":
            let v = try args.bind(["tableName"], required: 1)
            let table = try v[0]!.string("tableName", in: name)
            return .bool(try session.table(table).isCached)
        case "cacheTable":
            let v = try args.bind(["tableName", "storageLevel"], required: 1)
            let table = try v[0]!.string("tableName", in: name)
            let df = try session.table(table)
            if !df.isCached { catalog.setCachedPlan(try cacheKey(table, catalog), df.cache().plan) }
            return .none
        case "uncacheTable":
            let v = try args.bind(["tableName"], required: 1)
            let table = try v[0]!.string("tableName", in: name)
            _ = try session.table(table).unpersist()
            catalog.setCachedPlan(try cacheKey(table, catalog), nil)
            return .none
        case "clearCache":
            try args.noArguments()
            for plan in catalog.removeCachedPlans() { _ = DataFrame(session: session, plan: plan).unpersist() }
            return .none
        case "refreshTable", "refreshByPath", "recoverPartitions":
            // Sparkbook lists a table's files at every read, so there is nothing to refresh.
            _ = try args.bind([name == "refreshByPath" ? "path" : "tableName"], required: 1)
            return .none
        case _ where notSupportedYet.contains(name):
            throw ScriptError("NotImplementedError",
                              "spark.catalog.\(name)() is not supported by Sparkbook yet; spark.catalog supports "
                              + methods.map { "\($0)()" }.joined(separator: ", "))
        default:
            throw Members.missingAttribute(name, of: .catalog(session))
        }
    }

    /// The key a cached table is kept under: a view's name, or the table's qualified one.
    private static func cacheKey(_ name: String, _ catalog: SessionCatalog) throws -> String {
        if catalog.isTempView(name) { return name.lowercased() }
        return try catalog.existingTable(name).identifier.description
    }

    /// `createTable(tableName, path=None, source=None, schema=None, description=None, **options)`: an empty
    /// managed table with the schema, or an external one over `path` (its schema read from the files when
    /// none is given); returns `spark.table(tableName)`.
    private static func createTable(_ session: SparkSession, _ args: CallArguments, external: Bool) async throws -> DataFrame {
        let named = ["tableName", "path", "source", "schema", "description"]
        var known = args
        known.keywords = args.keywords.filter { named.contains($0.name) }
        let v = try known.bind(named, required: 1)
        let given = { (x: PyValue?) -> PyValue? in if case .none? = x { return nil } else { return x } }
        let tableName = try v[0]!.string("tableName", in: "createTable")
        var options: [String: String] = [:]
        for (key, value) in args.keywords where !named.contains(key) && !value.isNone { options[key] = value.optionText() }
        let path = try given(v[1]).map { try $0.string("path", in: "createTable") } ?? options["path"]
        options["path"] = nil
        let provider = try given(v[2]).map { try $0.string("source", in: "createTable").lowercased() } ?? session.defaultTableProvider
        let schema = try given(v[3]).map(ReaderBinding.schema)
        let description = try given(v[4]).map { try $0.string("description", in: "createTable") }
        try await session.createCatalogTable(tableName, path: path, provider: provider, schema: schema,
                                             comment: description, options: options)
        return try session.table(tableName)
    }

    private static func tableTuple(_ table: CatalogTable) -> PyValue {
        .namedTuple(NamedTuple("Table", ["name": .string(table.name), "catalog": .string(TableIdentifier.sessionCatalogName),
                                         "namespace": .list([.string(table.database)]),
                                         "description": table.comment.map(PyValue.string) ?? .none,
                                         "tableType": .string(table.kind.rawValue), "isTemporary": .bool(false)]))
    }

    private static func viewTuple(_ view: String) -> PyValue {
        .namedTuple(NamedTuple("Table", ["name": .string(view), "catalog": .none, "namespace": .list([]),
                                         "description": .none, "tableType": .string("TEMPORARY"),
                                         "isTemporary": .bool(true)]))
    }

    private static func databaseTuple(_ database: CatalogDatabase) -> PyValue {
        .namedTuple(NamedTuple("Database", ["name": .string(database.name), "catalog": .string(TableIdentifier.sessionCatalogName),
                                            "description": .string(database.description),
                                            "locationUri": .string("file:" + database.location)]))
    }
}
