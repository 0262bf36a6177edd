/// The PySpark APIs Sparkbook's embedded engine refuses on purpose: the one place their messages are written, so
/// every refusal names what would provide the API and what to use meanwhile, in the same words.
enum UnavailableAPI {
    /// What would provide an API.
    enum Provider {
        /// Real Spark running the cells (`--engine spark`): pandas, Arrow, RDDs and the SparkContext.
        case realSpark
        /// A Python function run over a query's rows on executors: the Python worker plugin (issue 17), or real Spark.
        case pythonWorker
    }

    struct Entry {
        var provider: Provider
        /// Why the embedded engine has no counterpart.
        var why: String
        /// What a cell can use meanwhile.
        var instead: String
    }

    private static let rows = "df.collect() for the rows, or display(df) for a table"
    private static let builtins = "built-in functions from pyspark.sql.functions (F.when, F.transform(col, lambda x: ...), ...), "
        + "or window functions for per-group computations"
    private static let context = Entry(
        provider: .realSpark, why: "Sparkbook has no SparkContext (no RDDs, accumulators or broadcast variables)",
        instead: "spark.conf.get(...) for settings, spark.version, and spark.range(...) or spark.createDataFrame(...) for data")

    /// Keyed by `Type.name` as PySpark spells them (`sc` alone: the shells' predefined SparkContext).
    static let entries: [String: Entry] = [
        "DataFrame.toPandas": Entry(provider: .realSpark, why: "it builds a pandas DataFrame, and Sparkbook's cells have no pandas",
                                    instead: rows),
        "DataFrame.pandas_api": Entry(provider: .realSpark, why: "pandas-on-Spark needs pandas, which Sparkbook's cells do not have",
                                      instead: "the DataFrame's own methods"),
        "DataFrame.toArrow": Entry(provider: .realSpark, why: "it builds a pyarrow Table, and Sparkbook's cells have no pyarrow",
                                   instead: "df.collect() for the rows, or df.write.parquet(path) to hand the data to Arrow tools"),
        "DataFrame.rdd": Entry(provider: .realSpark, why: "Sparkbook has no RDD API",
                               instead: "the DataFrame's own methods, or df.collect() / df.toLocalIterator() for its rows"),
        "DataFrame.plot": Entry(provider: .realSpark, why: "Sparkbook has no plotting backend",
                                instead: "display(df) for a table, or df.collect() to plot the rows with your own code"),
        "SparkSession.sparkContext": context,
        "sc": context,
        "DataFrame.mapInPandas": Entry(provider: .pythonWorker, why: "it runs a Python function over pandas batches on executors",
                                       instead: builtins),
        "DataFrame.mapInArrow": Entry(provider: .pythonWorker, why: "it runs a Python function over Arrow batches on executors",
                                      instead: builtins),
        "GroupedData.applyInPandas": Entry(provider: .pythonWorker, why: "it runs a Python function over each group on executors",
                                           instead: builtins),
        "GroupedData.applyInArrow": Entry(provider: .pythonWorker, why: "it runs a Python function over each group on executors",
                                          instead: builtins),
        "GroupedData.cogroup": Entry(provider: .pythonWorker, why: "co-grouped data is only ever applied a Python function, on executors",
                                     instead: "a join, then " + builtins),
    ]

    /// The refusal for `type.name`, if the table holds one.
    static func refusal(type: String, _ name: String) -> ScriptError? {
        refusal("\(type).\(name)")
    }

    static func refusal(_ key: String) -> ScriptError? {
        guard let entry = entries[key] else { return nil }
        let what = key == "sc" ? "sc (the SparkContext)" : key
        let provided = switch entry.provider {
        case .realSpark:
            "\(what) is not supported by Sparkbook's embedded engine: \(entry.why); real Spark running the cells "
                + "provides it (run with `--engine spark`)"
        case .pythonWorker:
            "\(what) is not supported yet: \(entry.why), which needs the Python worker plugin (planned in issue 17) "
                + "or real Spark running the cells (`--engine spark`)"
        }
        return ScriptError("NotImplementedError", provided + ". Meanwhile use " + entry.instead)
    }
}
