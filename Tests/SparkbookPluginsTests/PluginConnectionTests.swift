import Foundation
import SparkbookDataFrame
import SparkbookEngine
import SparkbookInterpreter
import Testing
@testable import SparkbookPlugins

/// An outside plugin runs out of process: started on first use, and a crash, a hang or garbage on stdout fails
/// only the cell that called it, naming the plugin; the next call starts it again. Each test runs in protocol 1
/// (batches as base64 in the line) and in protocol 2 (raw batches after it).
@Suite(.enabled(if: PluginFixture.hasPython), .serialized)
struct PluginConnectionTests {
    /// A session's registry with the unruly plugin, speaking `protocolVersion`. Its calls may take `timeout`
    /// seconds: 3 where the test waits for a hang to time out, more elsewhere, as a Python process's first call
    /// imports pyarrow's lazy modules and takes seconds on a loaded machine.
    struct Setup {
        let registry: PluginRegistry
        let plugin: ExternalPlugin

        init(_ protocolVersion: Int, timeout: Double = 30) throws {
            registry = PluginRegistry.standard()
            plugin = try ExternalPlugin(folder: try PluginFixture.make(name: "unruly", script: PluginFixture.unrulyScript,
                                                                       functions: PluginFixture.unrulyFunctions, timeout: timeout,
                                                                       manifest: ["protocolVersion": protocolVersion]))
            registry.install(plugin)
        }

        func run(_ code: String, master: String = "local[1]") async throws -> String {
            try await PluginConnectionTests.run(code, registry: registry, master: master)
        }
    }

    static func run(_ code: String, registry: PluginRegistry, master: String = "local[1]") async throws -> String {
        let sink = BufferedOutputSink()
        let context = LaunchContext(workingDirectory: URL(fileURLWithPath: NSTemporaryDirectory()),
                                    dataSources: registry.dataSources, functions: registry.functions)
        defer { context.shutdown() }
        let interpreter = Interpreter(context: context, sink: sink)
        _ = try await interpreter.run(source: "from pyspark.sql import SparkSession\nspark = SparkSession.builder.master('\(master)').getOrCreate()\n" + code,
                                      path: "nb.py", cell: 1)
        return sink.stdout
    }

    @Test(arguments: [1, 2]) func nothingStartsUntilAFunctionIsCalled(version: Int) async throws {
        let setup = try Setup(version), plugin = setup.plugin
        #expect(plugin.connection.starts == 0)
        #expect(setup.registry.installed.last?.provides.map(\.description) == PluginFixture.unrulyFunctions.map { "function \($0["name"]!)" })
        let out = try await setup.run("spark.createDataFrame([('ab', 1), (None, 2)], 'a string, b long').selectExpr('py_upper(a)', 'py_add(b, b)').show()")
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

    func expectFailure(_ function: String, mentions: String, version: Int, timeout: Double = 30) async throws {
        let setup = try Setup(version, timeout: timeout), plugin = setup.plugin
        let error = await #expect(throws: (any Error).self) { _ = try await setup.run("spark.range(2).selectExpr('\(function)(id)').collect()") }
        let text = Self.message(error)
        #expect(text.contains("plugin 'unruly'"), "\(text)")
        #expect(text.contains(mentions), "\(text)")
        // The next cell that uses the plugin works: a new process.
        let starts = plugin.connection.starts
        let out = try await setup.run("print(spark.range(1).selectExpr(\"py_upper('x') AS u\").first().u)")
        #expect(out == "X\n")
        #expect(plugin.connection.starts == starts + 1)
        plugin.connection.shutdown()
    }

    @Test(arguments: [1, 2]) func aPluginKilledMidCallFailsTheCellAndRestarts(version: Int) async throws {
        try await expectFailure("die", mentions: "killed by signal 9", version: version)
    }

    @Test(arguments: [1, 2]) func aPluginThatNeverAnswersIsStoppedAtItsTimeout(version: Int) async throws {
        try await expectFailure("hang", mentions: "did not answer function.call within 3s", version: version, timeout: 3)
    }

    @Test(arguments: [1, 2]) func garbageOnStdoutIsAnErrorNamingThePlugin(version: Int) async throws {
        try await expectFailure("garbage", mentions: "\"this is not JSON\"", version: version)
    }

    @Test(arguments: [1, 2]) func anExceptionInThePluginFailsTheCallAndKeepsTheProcess(version: Int) async throws {
        let setup = try Setup(version), plugin = setup.plugin
        let error = await #expect(throws: (any Error).self) { _ = try await setup.run("spark.range(2).selectExpr('boom(id)').collect()") }
        let text = Self.message(error)
        #expect(text.contains("plugin 'unruly' failed: ValueError: no good"), "\(text)")
        #expect(text.contains("Traceback"), "\(text)")
        plugin.connection.shutdown()
    }

    /// As Spark gives each running task a Python worker, tasks running at once call the plugin in processes of
    /// their own (four tasks of a 0.5 s call overlap on four slots), and the processes are kept for reuse.
    @Test(arguments: [1, 2]) func tasksRunningAtOnceCallSeparateProcesses(version: Int) async throws {
        let setup = try Setup(version), plugin = setup.plugin
        let out = try await setup.run("print(len(spark.range(0, 4, 1, 4).selectExpr('nap(id)').collect()))", master: "local[4]")
        #expect(out == "4\n")
        #expect(plugin.connection.processCount >= 2)
        #expect(plugin.connection.starts == plugin.connection.processCount)
        plugin.connection.shutdown()
        #expect(plugin.connection.processCount == 0)
    }

    @Test(arguments: [1, 2]) func aProcessKilledBetweenCellsIsStartedAgainForTheNextCell(version: Int) async throws {
        let setup = try Setup(version), plugin = setup.plugin
        _ = try await setup.run("spark.range(1).selectExpr(\"py_upper('a')\").collect()")
        let pid = try #require(plugin.connection.processIdentifier)
        kill(pid, SIGKILL)
        usleep(300_000)
        let out = try await setup.run("print(spark.range(1).selectExpr(\"py_upper('c') AS u\").first().u)")
        #expect(out == "C\n")
        #expect(plugin.connection.starts == 2)
        plugin.connection.shutdown()
    }
}
