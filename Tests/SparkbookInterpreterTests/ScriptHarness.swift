import Foundation
import SparkbookDataFrame
import SparkbookEngine
import SparkbookSyntax
@testable import SparkbookInterpreter

/// One interpreter with a buffered sink, its working directory the repository's notebooks folder so the
/// seed's relative `data/big_events_50k.csv` resolves as it does in the notebook.
final class ScriptHarness {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    let sink = BufferedOutputSink()
    let interpreter: Interpreter

    init() {
        let context = LaunchContext(workingDirectory: Self.packageRoot.appendingPathComponent("notebooks"),
                                    dataSources: DataSourceRegistry([CSVDataSource(), JSONDataSource()]))
        interpreter = Interpreter(context: context, sink: sink)
    }

    /// Runs one cell and returns its result value.
    @discardableResult
    func run(_ source: String) async throws -> PyValue? {
        try await interpreter.run(source: source, path: "cell.py")
    }

    /// Runs one cell and returns everything it printed.
    static func stdout(_ source: String) async throws -> String {
        let harness = ScriptHarness()
        try await harness.run(source)
        return harness.sink.stdout
    }

    /// Runs one cell that must fail and returns its presentation (no colour).
    static func failure(_ source: String, harness: ScriptHarness = ScriptHarness()) async -> ErrorPresentation? {
        do {
            try await harness.run(source)
            return nil
        } catch {
            return ErrorPresentation(error, in: SourceFile(path: "cell.py", cell: nil, text: source), color: false)
        }
    }

    /// The seed notebook's four code cells, in order.
    static let seedCells = [
        "from pyspark.sql import SparkSession\nfrom pyspark.sql import functions as F",
        """
        spark = (
            SparkSession.builder
                .appName("dynamic-allocation-big-events")
                .config("spark.dynamicAllocation.enabled", "true")
                .config("spark.dynamicAllocation.minExecutors", "2")
                .config("spark.dynamicAllocation.initialExecutors", "4")
                .config("spark.dynamicAllocation.maxExecutors", "20")
                .config("spark.dynamicAllocation.schedulerBacklogTimeout", "5s")
                .config("spark.dynamicAllocation.executorIdleTimeout", "60s")
                .config("spark.dynamicAllocation.shuffleTracking.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate()
        )
        """,
        """
        events_df = (
            spark.read
                 .option("header", "true")
                 .option("inferSchema", "true")
                 .csv("data/big_events_50k.csv")
        )

        display(events_df.limit(5))
        """,
        """
        agg_df = (
            events_df
                .groupBy("country", "device")
                .agg(
                    F.count("*").alias("event_count"),
                    F.sum("amount").alias("total_amount")
                )
        )

        # Action to trigger execution
        agg_df.count()
        """,
    ]
}
