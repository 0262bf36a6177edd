import Foundation
import Glibc
import Testing

/// Drives the real `sparkbook repl` binary under a pseudo-terminal, as a person at a keyboard would.
@Suite(.serialized) struct InteractiveReplTests {
    static let binary = ReplSessionTests.root.appendingPathComponent(".build/debug/sparkbook").path
    static let data = ReplSessionTests.root.appendingPathComponent("notebooks/data/big_events_50k.csv").path

    @Test func typingCompletingInterruptingAndComingBack() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build sparkbook first")
        let history = FileManager.default.temporaryDirectory.appendingPathComponent("repl-history-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: history) }

        let repl = try PseudoTerminalProcess(Self.binary, ["repl", "--history-file", history])
        try repl.expect("In [1]: ", within: PseudoTerminalProcess.startupSeconds)
        repl.type("from pyspark.sql import SparkSession\r")
        try repl.expect("In [2]: ")
        repl.type("from pyspark.sql.functions import col\r")
        try repl.expect("In [3]: ")
        repl.type("spark = SparkSession.builder.getOrCreate()\r")
        try repl.expect("In [4]: ")
        // A multi-line chain: continuation prompts until the bracket closes.
        repl.type("events_df = (spark.read\r")
        try repl.expect("   ...: ")
        repl.type("    .option(\"header\", \"true\")\r")
        try repl.expect("   ...: ")
        repl.type("    .csv(\"\(Self.data)\"))\r")
        try repl.expect("In [5]: ")
        // Completion: a method after the DataFrame and a column inside col(". libedit redraws with cursor moves,
        // so the screen shows only the inserted rest; the history below proves the whole line.
        repl.type("events_df.groupB\t")
        try repl.expect("y(")
        repl.type("col(\"co\t")
        try repl.expect("untry\"")
        repl.type(")).count().count()\r")
        try repl.expect("Out[5]: ")
        // Keys go in once the prompt is back, as a person types: libedit's raw mode starts with the prompt, and
        // a Ctrl-D typed ahead in cooked mode is the kernel's end-of-file, not a key.
        try repl.expect("In [6]: ")
        // Ctrl-C clears the half-typed line; the session goes on.
        repl.type("abandoned = (1,")
        try repl.expect("abandoned = (1,")
        repl.type("\u{03}")
        try repl.expect("^C")
        try repl.expect("In [6]: ")
        repl.type("40 + 2\r")
        try repl.expect("Out[6]: 42")
        try repl.expect("In [7]: ")
        repl.type("\u{04}")
        #expect(repl.waitForExit() == 0)

        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.contains("events_df.groupBy(col(\"country\")).count().count()"))
        // The chain is one entry, its newlines escaped by libedit.
        #expect(saved.contains("events_df\\040=\\040(spark.read\\012"))
        #expect(!saved.contains("abandoned"))

        // Coming back: the previous session's entries are one Up arrow away.
        let again = try PseudoTerminalProcess(Self.binary, ["repl", "--history-file", history])
        try again.expect("In [1]: ", within: PseudoTerminalProcess.startupSeconds)
        again.type("\u{1B}[A")
        try again.expect("40 + 2")
        again.type("\r")
        try again.expect("Out[1]: 42")
        try again.expect("In [2]: ")
        again.type(":quit\r")
        #expect(again.waitForExit() == 0)
    }

    /// Ctrl-C during a job that is long by data (a trillion-row range, so no machine finishes it): the job is
    /// cancelled with Spark's message, its running tasks stop, and the session, an earlier DataFrame and the
    /// execution counter carry on.
    @Test func interruptingALongJobKeepsTheSession() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build sparkbook first")
        let history = FileManager.default.temporaryDirectory.appendingPathComponent("repl-history-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: history) }

        let repl = try PseudoTerminalProcess(Self.binary, ["repl", "--history-file", history])
        try repl.expect("In [1]: ", within: PseudoTerminalProcess.startupSeconds)
        repl.type("small = spark.range(0, 70000, 7)\r")
        try repl.expect("In [2]: ")
        repl.type("small.count()\r")
        try repl.expect("Out[2]: 10000")
        try repl.expect("In [3]: ")
        repl.type("spark.range(1000000000000).selectExpr(\"id % 1000 AS k\").groupBy(\"k\").count().count()\r")
        // Spark's progress bar appears once the stage has run half a second: the job is running, not queued.
        try repl.expect("[Stage ", within: 60)
        repl.type("\u{03}")
        try repl.expect("Py4JJavaError: Job ")
        try repl.expect(" cancelled as part of cancellation of all jobs")
        try repl.expect("In [4]: ")

        // The cancelled tasks stop (within a batch): the executor table soon shows no task running.
        var table = ""
        for _ in 0..<50 {
            repl.type(":executors\r")
            table = try repl.read(until: "In [4]: ")
            if table.contains("tasks running 0"), !table.contains(" busy ") { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(table.contains("tasks running 0"), "\(table)")
        #expect(!table.contains(" busy "), "\(table)")

        // The session and the earlier DataFrame still work, and the counter goes on.
        repl.type("small.count()\r")
        try repl.expect("Out[4]: 10000")
        try repl.expect("In [5]: ")
        // At the prompt, Ctrl-C only clears the half-typed line.
        repl.type("small.fil")
        try repl.expect("small.fil")
        repl.type("\u{03}")
        try repl.expect("^C")
        try repl.expect("In [5]: ")
        repl.type("\u{04}")
        #expect(repl.waitForExit() == 0)

        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.contains("small.count()"))
        #expect(saved.contains("selectExpr"))
        #expect(!saved.contains("small.fil\n"))
    }
}
