import Foundation
import SparkbookPlugins
import Testing
@testable import SparkbookTerminal

@Suite struct ReplSessionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func makeSession(interactive: Bool = true) -> (ReplSession, CapturedReplOutput) {
        var options = ReplOptions(workingDirectory: Self.root.appendingPathComponent("notebooks"))
        options.interactive = interactive
        let output = CapturedReplOutput()
        return (ReplSession(registry: PluginRegistry.standard(), options: options, output: output), output)
    }

    @Test func resultsAreNumberedAndLabelled() async {
        let (session, output) = makeSession()
        #expect(session.prompt == "In [1]: ")
        #expect(await session.feed("x = 40") == .ran(succeeded: true))
        #expect(await session.feed("x + 60") == .ran(succeeded: true))
        #expect(output.stdout == "Out[2]: 100\n")
        #expect(session.prompt == "In [3]: ")
    }

    @Test func explainShowsTheExchangeOfADataFrameVariable() async {
        let (session, output) = makeSession()
        #expect(await session.feed("from pyspark.sql import functions as F") == .ran(succeeded: true))
        #expect(await session.feed("df = spark.range(0, 10).groupBy((F.col('id') % 2).alias('k')).count()") == .ran(succeeded: true))
        #expect(await session.feed(":explain df") == .ran(succeeded: true))
        #expect(output.stdout.hasPrefix("== Physical Plan ==\n"))
        #expect(output.stdout.contains("Exchange hashpartitioning"))
        #expect(await session.feed(":explain nothing") == .ran(succeeded: false))
        #expect(output.stderr.contains("nothing is not a DataFrame variable"))
    }

    @Test func multiLineChainWaitsForTheClosingBracket() async {
        let (session, output) = makeSession()
        #expect(await session.feed("total = (1 +") == .needsMore)
        #expect(session.prompt == "   ...: ")
        #expect(await session.feed("   2 +") == .needsMore)
        #expect(await session.feed("   3)") == .ran(succeeded: true))
        #expect(await session.feed("total") == .ran(succeeded: true))
        #expect(output.stdout == "Out[2]: 6\n")
    }

    @Test func blocksRunAtTheBlankLine() async {
        let (session, output) = makeSession()
        #expect(await session.feed("for i in range(2):") == .needsMore)
        #expect(await session.feed("    print(i)") == .needsMore)
        #expect(output.stdout.isEmpty)
        #expect(await session.feed("") == .ran(succeeded: true))
        #expect(output.stdout == "0\n1\n")
    }

    @Test func aRecalledMultiLineBlockRunsWhole() async {
        let (session, output) = makeSession()
        #expect(await session.feed("for i in range(2):\n    print(i * 10)") == .ran(succeeded: true))
        #expect(output.stdout == "0\n10\n")
        #expect(!session.isPending)
    }

    @Test func anErrorShowsTheCaretAndTheSessionGoesOn() async {
        let (session, output) = makeSession()
        #expect(await session.feed("y = 5") == .ran(succeeded: true))
        #expect(await session.feed("y + missing") == .ran(succeeded: false))
        #expect(output.stderr.contains("NameError: name 'missing' is not defined"))
        #expect(output.stderr.contains("In [2]:1:5"))
        #expect(output.stderr.contains("    ^~~~~~~"))
        #expect(await session.feed("y * 2") == .ran(succeeded: true))
        #expect(output.stdout == "Out[3]: 10\n")
    }

    @Test func commentsAndBlankLinesDoNotCount() async {
        let (session, _) = makeSession()
        #expect(await session.feed("") == .empty)
        _ = await session.feed("# just a note")
        #expect(session.executionCount == 1)
    }

    @Test func discardingForgetsTheHalfTypedEntry() async {
        let (session, _) = makeSession()
        #expect(await session.feed("z = [1,") == .needsMore)
        session.discardPending()
        #expect(session.prompt == "In [1]: ")
        #expect(await session.feed("z = 3") == .ran(succeeded: true))
    }

    @Test func scriptsPrintBareValuesAndPointAtTheirLine() async {
        let (session, output) = makeSession(interactive: false)
        _ = await session.feed("a = 1")
        _ = await session.feed("a")
        #expect(await session.feed("a +* 2") == .ran(succeeded: false))
        #expect(output.stdout == "1\n")
        #expect(output.stderr.hasPrefix("<stdin>:3:"))
    }

    @Test func dataFrameEntriesGiveTheNotebookOutput() async {
        let (session, output) = makeSession()
        _ = await session.feed("from pyspark.sql import SparkSession")
        _ = await session.feed("spark = SparkSession.builder.appName(\"t\").getOrCreate()")
        _ = await session.feed("df = spark.read.option(\"header\", \"true\").csv(\"data/big_events_50k.csv\")")
        #expect(await session.feed("df.count()") == .ran(succeeded: true))
        #expect(output.stdout == "Out[4]: 50000\n")
        #expect(output.stderr.isEmpty)
    }

    /// A line starting with `%sql` runs as a `%sql` cell: the statements in order, the last result displayed.
    @Test func aPercentSQLLineRunsAsASQLCell() async {
        let (session, output) = makeSession()
        #expect(await session.feed("spark.range(2).createOrReplaceTempView('t')") == .ran(succeeded: true))
        #expect(await session.feed("%sql CREATE OR REPLACE TEMP VIEW u AS SELECT id FROM t; SELECT count(*) AS n FROM u") == .ran(succeeded: true))
        #expect(output.stdout.contains("│ n │"))
        #expect(output.stdout.contains("│ 2 │"))
        #expect(await session.feed("%sql SELECT nope FROM u") == .ran(succeeded: false))
        #expect(output.stderr.contains("UNRESOLVED_COLUMN"))
    }
}
