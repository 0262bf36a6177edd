import Foundation
import SparkbookDataFrame
import SparkbookEngine
import SparkbookInterpreter
import Testing
@testable import SparkbookPlugins

/// A plugin's scalar function gets a task's rows in calls of at most `maxBatchRows` rows (10,000 unless the
/// manifest says more), in protocol 1 or 2, and its answers come back in the rows' order.
@Suite(.enabled(if: PluginFixture.hasPython))
struct PluginScalarFunctionTests {
    static let script = """
        import pyarrow.compute as pc
        from sparkbook_plugin import Plugin
        plugin = Plugin("sizer")

        @plugin.function("call_rows")
        def call_rows(x):
            return [len(x)] * len(x)

        @plugin.function("plus_one")
        def plus_one(x):
            return pc.add(x, 1)

        plugin.run()
        """

    func run(_ code: String, manifest: [String: Any]) async throws -> String {
        let folder = try PluginFixture.make(name: "sizer", script: Self.script, functions: [
            ["name": "call_rows", "arguments": ["bigint"], "returns": "bigint"],
            ["name": "plus_one", "arguments": ["bigint"], "returns": "bigint"],
        ], manifest: manifest)
        let registry = PluginRegistry.standard()
        registry.install(try ExternalPlugin(folder: folder))
        defer { registry.shutdownPlugins() }
        return try await PluginConnectionTests.run(code, registry: registry)
    }

    /// One partition of 25,000 rows: the rows each call carried, and every row's `plus_one` summed.
    static let code = """
        df = spark.range(0, 25000, 1, 1)
        print([r.n for r in df.selectExpr('call_rows(id) AS n').distinct().orderBy('n').collect()])
        print(df.selectExpr('sum(plus_one(id)) AS s', 'max(plus_one(id)) AS m').first())
        """

    @Test(arguments: [1, 2]) func callsCarrySparksTenThousandRowsByDefault(version: Int) async throws {
        let out = try await run(Self.code, manifest: ["protocolVersion": version])
        #expect(out == "[5000, 10000]\nRow(s=312512500, m=25000)\n")
    }

    @Test(arguments: [1, 2]) func aPluginThatDeclaresLargerBatchesGetsFewerCalls(version: Int) async throws {
        let out = try await run(Self.code, manifest: ["protocolVersion": version, "maxBatchRows": 1_000_000])
        #expect(out == "[25000]\nRow(s=312512500, m=25000)\n")
    }
}
