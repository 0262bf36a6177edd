import SparkbookDataFrame
import SparkbookEngine

/// DataFrame methods that describe it or name it elsewhere: its files and semantics, completions, global
/// temporary views, `colRegex` and the subquery forms (`scalar()`, `exists()`); the conversions Sparkbook has
/// no counterpart for (`toArrow`, `toPandas`) are refused by `UnavailableAPI`.
extension DataFrameBinding {
    static let inspectionMethods = ["inputFiles", "_ipython_key_completions_", "sameSemantics", "semanticHash",
                                    "colRegex", "createGlobalTempView", "createOrReplaceGlobalTempView",
                                    "scalar", "exists", "withMetadata", "observe", "writeTo"]

    /// The database Spark keeps global temporary views in; `spark.table("global_temp.v")` names one.
    static let globalTempDatabase = "global_temp"

    static func callInspection(_ name: String, _ df: DataFrame, _ args: CallArguments) async throws -> PyValue? {
        switch name {
        case "inputFiles":
            try args.noArguments()
            return .list(try df.inputFiles().map(PyValue.string))
        case "_ipython_key_completions_":
            try args.noArguments()
            return .list(try df.columns().map(PyValue.string))
        case "sameSemantics":
            let v = try args.bind(["other"], required: 1)
            guard case .dataFrame(let other) = v[0]! else {
                throw ScriptError("PySparkTypeError", "[NOT_DATAFRAME] Argument `other` should be a DataFrame, got \(v[0]!.typeName).")
            }
            return .bool(try df.sameSemantics(other))
        case "semanticHash":
            try args.noArguments()
            return .int(Int64(try df.semanticHash()))
        case "colRegex":
            let v = try args.bind(["colName"], required: 1)
            guard case .string(let pattern) = v[0]! else {
                throw ScriptError("PySparkTypeError", "[NOT_STR] Argument `colName` should be a str, got \(v[0]!.typeName).")
            }
            return .column(Column(ColumnRegex.expression(pattern)))
        case "createGlobalTempView", "createOrReplaceGlobalTempView":
            // Kept beside the session's views under `global_temp.`, where Spark's global views live.
            let v = try args.bind(["name"], required: 1)
            let view = try v[0]!.string("name", in: name)
            let qualified = "\(globalTempDatabase).\(view)"
            try df.session.catalog.create(qualified, df.plan, replace: name != "createGlobalTempView", shownAs: view)
            return PyValue.none
        case "observe":
            // With an Observation, its `get` aggregates the metrics; a name is for streaming listeners, which
            // Sparkbook has none of, so the DataFrame is returned as it is.
            guard let first = args.positional.first else {
                throw ScriptError.type("observe() missing 1 required positional argument: 'observation'")
            }
            let metrics = try args.positional.dropFirst().map { try $0.column(name) }
            guard !metrics.isEmpty else {
                throw ScriptError("PySparkValueError", "[CANNOT_BE_EMPTY] At least one metric must be specified.")
            }
            switch first {
            case .observation(let o): try o.observe(df, metrics)
            case .string: break
            default:
                throw ScriptError("PySparkTypeError", "[NOT_LIST_OF_COLUMN] Argument `observation` should be an Observation or str, got \(first.typeName).")
            }
            return .dataFrame(df)
        case "withMetadata":
            let v = try args.bind(["columnName", "metadata"], required: 2)
            guard case .dict = v[1]! else {
                throw ScriptError("PySparkTypeError", "[NOT_DICT] Argument `metadata` should be a dict, got \(v[1]!.typeName).")
            }
            return .dataFrame(try df.withMetadata(try v[0]!.string("columnName", in: name),
                                                  json: try JSONModule.dumps(v[1]!, indent: nil, sortKeys: false, level: 0)))
        case "scalar":
            try args.noArguments()
            return .column(try await df.scalarSubquery())
        case "exists":
            try args.noArguments()
            return .column(try await df.existsSubquery())
        case "writeTo":
            // Spark's session catalog answers most DataFrameWriterV2 calls on its file tables with errors too
            // (append: "Cannot write into v1 table"; createOrReplace: REPLACE TABLE AS SELECT unsupported).
            throw ScriptError("NotImplementedError",
                              "DataFrame.writeTo() (DataFrameWriterV2) is not supported by Sparkbook yet; use df.write.saveAsTable(name, format=..., mode=..., partitionBy=...) or df.write.insertInto(name)")
        default:
            return nil
        }
    }
}
