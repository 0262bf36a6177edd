import Foundation
import SparkbookDataFrame
import SparkbookEngine
import SparkbookInterpreter
import Testing
@testable import SparkbookPlugins

/// An outside plugin's aggregate (tests/plugins/groupstats) is planned like a built-in aggregate: by
/// `F.call_function`, SQL's GROUP BY and `expr`, its column named as the call, each group's non-null values sent
/// to the plugin once.
@Suite(.enabled(if: PluginFixture.hasPython))
struct PluginAggregateFunctionTests {
    static var declarations: [[String: Any]] { [
        ["name": "py_range", "arguments": ["double"], "returns": "double"],
        ["name": "py_joined", "arguments": ["string"], "returns": "string"],
    ] }

    func run(_ source: String) async throws -> String {
        let script = try String(contentsOf: PluginFixture.packageRoot.appendingPathComponent("tests/plugins/groupstats/plugin.py"),
                                encoding: .utf8)
        let folder = try PluginFixture.make(name: "groupstats", script: script, aggregates: Self.declarations)
        let registry = PluginRegistry.standard()
        registry.install(try ExternalPlugin(folder: folder))
        defer { registry.shutdownPlugins() }
        let sink = BufferedOutputSink()
        let context = LaunchContext(workingDirectory: URL(fileURLWithPath: NSTemporaryDirectory()),
                                    dataSources: registry.dataSources, functions: registry.functions)
        _ = try await Interpreter(context: context, sink: sink).run(source: """
            from pyspark.sql import SparkSession, functions as F
            spark = SparkSession.builder.getOrCreate()
            df = spark.createDataFrame([("a", 1.0, "x"), ("a", 4.5, None), ("b", 2.0, "z"), ("a", None, "y")], "k string, v double, s string")
            \(source)
            """, path: "nb.py", cell: 1)
        return sink.stdout
    }

    @Test func theManifestDeclaresAggregatesAsFunctions() throws {
        let folder = try PluginFixture.make(name: "groupstats", script: "", aggregates: Self.declarations)
        let plugin = try ExternalPlugin(folder: folder)
        #expect(plugin.aggregates.map(\.name) == ["py_range", "py_joined"])
        #expect(try plugin.aggregates[0].signature([.double], context: FunctionContext()).inputs == [.array(element: .double, containsNull: false)])
        #expect(plugin.manifest.capabilities.map(\.description) == ["function py_range", "function py_joined"])
    }

    @Test func anAggregateTakesOneArgument() throws {
        let folder = try PluginFixture.make(name: "bad", script: "", aggregates: [["name": "two", "arguments": ["int", "int"], "returns": "int"]])
        #expect(throws: PluginError.self) { try ExternalPlugin(folder: folder) }
    }

    @Test func callFunctionInGroupByAggIsPlannedAsAnAggregate() async throws {
        let out = try await run("""
            df.groupBy("k").agg(F.call_function("py_range", "v"), F.call_function("py_joined", F.col("s")).alias("j")).orderBy("k").show()
            """)
        #expect(out == """
            +---+-----------+---+
            |  k|py_range(v)|  j|
            +---+-----------+---+
            |  a|        3.5|x,y|
            |  b|        0.0|  z|
            +---+-----------+---+


            """)
    }

    @Test func sqlGroupByAndExprPlanIt() async throws {
        let out = try await run("""
            df.createOrReplaceTempView("t")
            spark.sql("SELECT k, py_range(v) + 1 AS r FROM t GROUP BY k ORDER BY k").show()
            df.groupBy("k").agg(F.expr("py_joined(s)")).orderBy("k").show()
            """)
        #expect(out == """
            +---+---+
            |  k|  r|
            +---+---+
            |  a|4.5|
            |  b|1.0|
            +---+---+

            +---+------------+
            |  k|py_joined(s)|
            +---+------------+
            |  a|         x,y|
            |  b|           z|
            +---+------------+


            """)
    }
}
