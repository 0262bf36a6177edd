import Foundation
import SparkbookDataFrame
import SparkbookEngine
import SparkbookInterpreter
import Testing
@testable import SparkbookPlugins

/// An outside plugin runs out of process: started on first use, and a crash, a hang or garbage on stdout fails
/// only the cell that called it, naming the plugin; the next call starts it again.
@Suite(.enabled(if: PluginFixture.hasPython), .serialized)
struct PluginConnectionTests {
    let registry: PluginRegistry
    let plugin: ExternalPlugin

    init() throws {
        registry = PluginRegistry.standard()
        plugin = try ExternalPlugin(folder: try PluginFixture.make(name: "unruly", script: PluginFixture.unrulyScript,
                                                                   functions: PluginFixture.unrulyFunctions, timeout: 3))
        registry.install(plugin)
    }

    func run(_ code: String, master: String = "local[1]") async throws -> String {
        let sink = BufferedOutputSink()
        let context = LaunchContext(workingDirectory: URL(fileURLWithPath: NSTemporaryDirectory()),
                                    dataSources: registry.dataSources, functions: registry.functions)
        defer { context.shutdown() }
        let interpreter = Interpreter(context: context, sink: sink)
        _ = try await interpreter.run(source: "from pyspark.sql import SparkSession\nspark = SparkSession.builder.master('\(master)').getOrCreate()\n" + code,
                                      path: "nb.py", cell: 1)
        return sink.stdout
    }

    @Test func nothingStartsUntilAFunctionIsCalled() async throws {
        #expect(plugin.connection.starts == 0)
        #expect(registry.installed.last?.provides.map(\.description) == PluginFixture.unrulyFunctions.map { "function \($0["name"]!)" })
        let out = try await run("spark.createDataFrame([('ab', 1), (None, 2)], 'a string, b long').selectExpr('py_upper(a)', 'py_add(b, b)').show()")
        #expect(out == """
            +-----------+------------+
            |py_upper(a)|py_add(b, b)|
            +-----------+------------+
            |         AB|           2|
            |       NULL|           4|
            +-----------+------------+


            """)
        #expect(plugin.connection.starts == 1)
        plugin.connection.shutdown()
    }

    static func message(_ error: (any Error)?) -> String {
        guard let error else { return "" }
        return (error as? ScriptError)?.message ?? "\(error)"
    }

    func expectFailure(_ function: String, mentions: String) async throws {
        let error = await #expect(throws: (any Error).self) { _ = try await run("spark.range(2).selectExpr('\(function)(id)').collect()") }
        let text = Self.message(error)
        #expect(text.contains("plugin 'unruly'"), "\(text)")
        #expect(text.contains(mentions), "\(text)")
        // The next cell that uses the plugin works: a new process.
        let starts = plugin.connection.starts
        let out = try await run("print(spark.range(1).selectExpr(\"py_upper('x') AS u\").first().u)")
        #expect(out == "X\n")
        #expect(plugin.connection.starts == starts + 1)
        plugin.connection.shutdown()
    }

    @Test func aPluginKilledMidCallFailsTheCellAndRestarts() async throws {
        try await expectFailure("die", mentions: "killed by signal 9")
    }

    @Test func aPluginThatNeverAnswersIsStoppedAtItsTimeout() async throws {
        try await expectFailure("hang", mentions: "did not answer function.call within 3s")
    }

    @Test func garbageOnStdoutIsAnErrorNamingThePlugin() async throws {
        try await expectFailure("garbage", mentions: "\"this is not JSON\"")
    }

    @Test func anExceptionInThePluginFailsTheCallAndKeepsTheProcess() async throws {
        let error = await #expect(throws: (any Error).self) { _ = try await run("spark.range(2).selectExpr('boom(id)').collect()") }
        let text = Self.message(error)
        #expect(text.contains("plugin 'unruly' failed: ValueError: no good"), "\(text)")
        #expect(text.contains("Traceback"), "\(text)")
        plugin.connection.shutdown()
    }

    /// As Spark gives each running task a Python worker, tasks running at once call the plugin in processes of
    /// their own (four tasks of a 0.5 s call overlap on four slots), and the processes are kept for reuse.
    @Test func tasksRunningAtOnceCallSeparateProcesses() async throws {
        let out = try await run("print(len(spark.range(0, 4, 1, 4).selectExpr('nap(id)').collect()))", master: "local[4]")
        #expect(out == "4\n")
        #expect(plugin.connection.processCount >= 2)
        #expect(plugin.connection.starts == plugin.connection.processCount)
        plugin.connection.shutdown()
        #expect(plugin.connection.processCount == 0)
    }

    @Test func aProcessKilledBetweenCellsIsStartedAgainForTheNextCell() async throws {
        _ = try await run("spark.range(1).selectExpr(\"py_upper('a')\").collect()")
        let pid = try #require(plugin.connection.processIdentifier)
        kill(pid, SIGKILL)
        usleep(300_000)
        let out = try await run("print(spark.range(1).selectExpr(\"py_upper('c') AS u\").first().u)")
        #expect(out == "C\n")
        #expect(plugin.connection.starts == 2)
        plugin.connection.shutdown()
    }
}
