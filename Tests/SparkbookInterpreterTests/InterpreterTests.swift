import Testing
import SparkbookDataFrame
@testable import SparkbookInterpreter

/// Whole cells: the seed notebook's cells in one kernel, the value a cell ends with, and globals.
struct InterpreterTests {
    static let seedTable = """
        ┌──────────┬─────────────────────┬─────────┬─────────┬────────┐
        │ event_id │ event_time          │ country │ device  │ amount │
        ├──────────┼─────────────────────┼─────────┼─────────┼────────┤
        │        1 │ 2024-09-28 09:54:21 │ US      │ mobile  │ 165.32 │
        │        2 │ 2024-11-13 18:30:55 │ US      │ tablet  │  13.58 │
        │        3 │ 2024-03-15 23:51:27 │ DE      │ desktop │  22.37 │
        │        4 │ 2024-03-15 10:58:26 │ US      │ desktop │  17.71 │
        │        5 │ 2024-12-16 09:08:41 │ US      │ desktop │  95.84 │
        └──────────┴─────────────────────┴─────────┴─────────┴────────┘
        5 rows
        """

    @Test func theSeedCellsRunInOneKernel() async throws {
        let harness = ScriptHarness()
        #expect(try await harness.run(ScriptHarness.seedCells[0]) == nil)
        #expect(try await harness.run(ScriptHarness.seedCells[1]) == nil)
        #expect(try await harness.run(ScriptHarness.seedCells[2]) == nil)
        let result = try await harness.run(ScriptHarness.seedCells[3])
        guard case .int(100)? = result else { Issue.record("agg_df.count() should be 100, got \(String(describing: result?.repr))"); return }
        guard case .display(let table)? = harness.sink.events.first, harness.sink.events.count == 1 else {
            Issue.record("display(df) should emit exactly one rich output: \(harness.sink.events)"); return
        }
        #expect(table.plain == Self.seedTable)
        let html = try #require(table.html)
        #expect(html.hasPrefix("<div class=\"sparkbook-display\">"))
        #expect(html.contains(">event_time</th>"))
        #expect(html.contains(">2024-09-28 09:54:21</td>"))
        #expect(html.contains(">5 rows</p>"))
        #expect(harness.interpreter.userNames == ["F", "SparkSession", "agg_df", "events_df", "spark"])
    }

    @Test func theSessionCarriesTheBuilderConfiguration() async throws {
        let harness = ScriptHarness()
        try await harness.run(ScriptHarness.seedCells[0])
        try await harness.run(ScriptHarness.seedCells[1])
        try await harness.run("print(spark.conf.get('spark.dynamicAllocation.maxExecutors'), spark.conf.get('spark.app.name'))")
        #expect(harness.sink.stdout == "20 dynamic-allocation-big-events\n")
    }

    @Test func aCellEndingInAnExpressionReturnsItsValue() async throws {
        let harness = ScriptHarness()
        #expect(try await harness.run("x = 2\nx * 21")?.repr == "42")
        #expect(try await harness.run("'a' + 'b'")?.repr == "'ab'")
        #expect(try await harness.run("[1, (2, 3)]")?.repr == "[1, (2, 3)]")
    }

    @Test func aCellEndingInNoneOrAStatementReturnsNothing() async throws {
        let harness = ScriptHarness()
        #expect(try await harness.run("print('x')") == nil)
        #expect(try await harness.run("y = 3") == nil)
        #expect(try await harness.run("None") == nil)
        #expect(try await harness.run("") == nil)
    }

    @Test func sparkIsPredefinedLazily() async throws {
        let harness = ScriptHarness()
        #expect(try await harness.run("spark.version")?.repr == "'4.3.0'")
        #expect(harness.interpreter.userNames == ["spark"])
    }

    @Test func resetForgetsUserNamesButKeepsBuiltins() async throws {
        let harness = ScriptHarness()
        try await harness.run("a = 1\nb = [a]")
        #expect(harness.interpreter.userNames == ["a", "b"])
        harness.interpreter.reset()
        #expect(harness.interpreter.userNames.isEmpty)
        #expect(try await harness.run("len('abc')")?.repr == "3")
    }
}

extension PyValue? {
    static func == (lhs: PyValue?, rhs: PyValue?) -> Bool { lhs?.repr == rhs?.repr }
}
