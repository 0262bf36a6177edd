import Foundation
import SparkbookNotebook
import SparkbookPlugins
import Testing
@testable import SparkbookTerminal

@Suite struct MetaCommandTests {
    func makeSession() -> (ReplSession, CapturedReplOutput, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repl-meta-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var options = ReplOptions(workingDirectory: folder)
        options.configuration = ["spark.sql.shuffle.partitions": "4"]
        let output = CapturedReplOutput()
        return (ReplSession(registry: PluginRegistry.standard(), options: options, output: output), output, folder)
    }

    @Test func parsesNameAndArgument() {
        #expect(MetaCommand.parse(":save  out.ipynb ") == MetaCommand(name: "save", argument: "out.ipynb"))
        #expect(MetaCommand.parse("x[1:2]") == nil)
    }

    @Test func unknownCommandsSuggestTheClosest() {
        #expect(MetaCommand(name: "tiemr", argument: "").suggestion == "timer")
        #expect(MetaCommand(name: "sav", argument: "").suggestion == "save")
        #expect(MetaCommand(name: "zzzzzz", argument: "").suggestion == nil)
    }

    @Test func unknownCommandIsAnErrorWithDidYouMean() async {
        let (session, output, _) = makeSession()
        #expect(await session.feed(":tiemr on") == .ran(succeeded: false))
        #expect(output.stderr.contains("unknown command :tiemr; did you mean :timer?"))
    }

    @Test func helpListsEveryCommand() async {
        let (session, output, _) = makeSession()
        _ = await session.feed(":help")
        for name in MetaCommand.names { #expect(output.stdout.contains(":\(name)")) }
    }

    @Test func timerPrintsRunTime() async {
        let (session, output, _) = makeSession()
        _ = await session.feed(":timer on")
        _ = await session.feed("1 + 1")
        #expect(output.stderr.contains("Run time: "))
        #expect(await session.feed(":timer sometimes") == .ran(succeeded: false))
    }

    @Test func confShowsLaunchAndSessionSettings() async {
        let (session, output, _) = makeSession()
        _ = await session.feed(":conf spark.sql.shuffle.partitions")
        #expect(output.stdout == "spark.sql.shuffle.partitions = 4\n")
        _ = await session.feed(":conf")
        #expect(output.stdout.hasSuffix("spark.sql.shuffle.partitions = 4\n"))
    }

    @Test func quitAndResetAndRuntimeCommands() async {
        let (session, output, _) = makeSession()
        _ = await session.feed("a = 1")
        _ = await session.feed(":reset")
        #expect(session.executionCount == 1)
        #expect(await session.feed("a") == .ran(succeeded: false))
        #expect(await session.feed(":executors") == .ran(succeeded: false))
        #expect(output.stderr.contains("no cluster runtime"))
        _ = await session.feed(":quit")
        #expect(session.wantsQuit)
    }

    @Test func saveWritesTheSessionWithOutputsAndLoadRunsIt() async throws {
        let (session, output, folder) = makeSession()
        _ = await session.feed("x = 20")
        _ = await session.feed("print('hi')")
        _ = await session.feed("x * 2")
        _ = await session.feed("x +")
        #expect(await session.feed(":save s.ipynb") == .ran(succeeded: true))
        let saved = try NotebookFile.read(from: folder.appendingPathComponent("s.ipynb")).notebook
        #expect(saved.cells.map(\.source) == ["x = 20", "print('hi')", "x * 2", "x +"])
        #expect(saved.cells.map(\.executionCount) == [1, 2, 3, 4])
        #expect(saved.cells[1].outputs == [.stream(name: "stdout", text: "hi\n")])
        if case .executeResult(let count, let data, _) = saved.cells[2].outputs.first {
            #expect(count == 3)
            #expect(data.text("text/plain") == "40")
        } else {
            Issue.record("no execute_result on the third cell")
        }
        #expect(saved.cells[3].outputs.first?.isError == true)
        #expect(output.stdout.contains("Saved 4 cells to s.ipynb"))

        // Loading runs the cells in a fresh session until the failing one.
        let (other, otherOutput, _) = makeSession()
        #expect(await other.feed(":load \(folder.appendingPathComponent("s.ipynb").path)") == .ran(succeeded: false))
        #expect(otherOutput.stdout.contains("hi\n"))
        #expect(otherOutput.stdout.contains("Out[3]: 40"))
        #expect(other.executionCount == 5)
        try validateWithNbformat(folder.appendingPathComponent("s.ipynb"))
    }

    /// nbformat's own validator, when the project's Python environment is present.
    func validateWithNbformat(_ url: URL) throws {
        let python = "/work/pyenv-rec/bin/python"
        let script = ReplSessionTests.root.appendingPathComponent("tools/notebook/validate.py").path
        guard FileManager.default.isExecutableFile(atPath: python), FileManager.default.fileExists(atPath: script) else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, url.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
