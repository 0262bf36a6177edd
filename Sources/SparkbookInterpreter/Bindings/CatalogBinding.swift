import SparkbookDataFrame
import SparkbookEngine

/// `spark.catalog`: what exists in a Sparkbook session, its temporary views in the `default` database, with
/// PySpark's named tuples (`Table(...)`, `Column(...)`, `Database(...)`). Catalog methods over tables, functions
/// and caches Sparkbook does not have yet fail with one error naming the method and those that work.
enum CatalogBinding {
    static let methods = ["listTables", "tableExists", "dropTempView", "listColumns", "currentDatabase",
                          "listDatabases", "isCached", "dropGlobalTempView"]
    /// PySpark's other catalog methods: they exist, so they are named as not supported rather than misspelled.
    static let notSupportedYet = ["cacheTable", "uncacheTable", "clearCache", "createTable", "createExternalTable",
                                  "currentCatalog", "databaseExists", "functionExists",
                                  "getDatabase", "getFunction", "getTable", "listCatalogs", "listFunctions",
                                  "recoverPartitions", "refreshByPath", "refreshTable", "registerFunction",
                                  "setCurrentCatalog", "setCurrentDatabase"]

    static func call(_ name: String, _ session: SparkSession, _ args: CallArguments) throws -> PyValue {
        switch name {
        case "listTables":
            _ = try args.bind(["dbName", "pattern"], required: 0)
            // The session's own views; global ones (`global_temp.v`) live in another database.
            let prefix = DataFrameBinding.globalTempDatabase + "."
            return .list(session.catalog.names.filter { !$0.hasPrefix(prefix) }.map { view in
                .namedTuple(NamedTuple("Table", ["name": .string(view), "catalog": .none, "namespace": .list([]),
                                                 "description": .none, "tableType": .string("TEMPORARY"),
                                                 "isTemporary": .bool(true)]))
            })
        case "tableExists":
            let v = try args.bind(["tableName", "dbName"], required: 1)
            return .bool(session.catalog.names.contains(try v[0]!.string("tableName", in: name).lowercased()))
        case "dropGlobalTempView":
            let v = try args.bind(["viewName"], required: 1)
            return .bool(session.catalog.drop(DataFrameBinding.globalTempDatabase + "." + (try v[0]!.string("viewName", in: name))))
        case "dropTempView":
            let v = try args.bind(["viewName"], required: 1)
            return .bool(session.catalog.drop(try v[0]!.string("viewName", in: name)))
        case "listColumns":
            let v = try args.bind(["tableName", "dbName"], required: 1)
            let fields = try session.read.table(try v[0]!.string("tableName", in: name)).schema().fields
            return .list(fields.map { field in
                .namedTuple(NamedTuple("Column", ["name": .string(field.name), "description": .none,
                                                  "dataType": .string(field.dataType.simpleString),
                                                  "nullable": .bool(field.nullable), "isPartition": .bool(false),
                                                  "isBucket": .bool(false), "isCluster": .bool(false)]))
            })
        case "currentDatabase":
            try args.noArguments()
            return .string("default")
        case "listDatabases":
            _ = try args.bind(["pattern"], required: 0)
            let warehouse = session.context.resolve(path: "spark-warehouse").path
            return .list([.namedTuple(NamedTuple("Database", ["name": .string("default"),
                                                              "catalog": .string("spark_catalog"),
                                                              "description": .string("default database"),
                                                              "locationUri": .string("file:" + warehouse)]))])
        case "isCached":
            let v = try args.bind(["tableName"], required: 1)
            return .bool(try session.read.table(try v[0]!.string("tableName", in: name)).isCached)
        case _ where notSupportedYet.contains(name):
            throw ScriptError("NotImplementedError",
                              "spark.catalog.\(name)() is not supported by Sparkbook yet; spark.catalog supports "
                              + methods.map { "\($0)()" }.joined(separator: ", "))
        default:
            throw Members.missingAttribute(name, of: .catalog(session))
        }
    }
}
