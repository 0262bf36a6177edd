import ArgumentParser
import Foundation
import SparkbookCluster
import SparkbookNotebook
import SparkbookSparkEngine
import SparkbookTerminal

/// `sparkbook engine compare NOTEBOOK...`: each notebook on the embedded engine and on real Spark, and where their
/// outputs differ. One PySpark driver (one JVM) serves every notebook, so a long list costs one start-up.
struct EngineCompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Run notebooks on the embedded engine and on real Spark, and show where their outputs differ.",
        discussion: """
        Outputs are compared as Spark defines them: a table's rows in order only when the query ends in a sort \
        (the driver asks Spark's analysed plan before each show() or display()), otherwise as a multiset of rows; \
        numbers to twelve significant digits; a failing cell by its exception's name (each engine words its own \
        messages). With --master every notebook runs on that master, whatever its builder says.

        One driver serves all the notebooks: each gets a fresh Python namespace and, at its first getOrCreate, a \
        fresh session (its own SQL settings and temporary views) on the running SparkContext, unless its builder \
        sets options a running context cannot take (dynamic allocation, executor sizes, a warehouse): then the \
        context is stopped and a new one started in the same JVM, as if the notebook had the driver to itself. \
        With --timeline every notebook gets a context of its own, and the last application of each run must agree \
        with the embedded one in the targets requested and in the number of idle removals.

        --known-differences names notebooks that are allowed to differ, one per line with the reason \
        (`NAME  reason`); one that no longer differs is reported, so the list stays true.
        """
    )

    @Argument(help: "The notebooks to run on both engines.")
    var notebooks: [String]

    @Option(help: "Resolve relative paths against this folder instead of the notebooks' (which must then be one).")
    var cwd: String?

    @OptionGroup var session: SessionOptions

    @OptionGroup var plugins: PluginOptions

    @Flag(help: "Also compare each notebook's executor timeline: targets requested and idle removals.")
    var timeline = false

    @Option(help: ArgumentHelp("Notebooks allowed to differ, `NAME  reason` per line (# comments).", valueName: "FILE"))
    var knownDifferences: String?

    @Option(help: ArgumentHelp("Write each run's stdout and stderr here: NAME.embedded.txt, NAME.spark.txt, NAME.spark.err.",
                               valueName: "DIR"))
    var save: String?

    func run() async throws {
        var known = KnownDifferences(reasons: [:])
        if let path = knownDifferences {
            do {
                known = try KnownDifferences.load(path)
            } catch {
                throw CLIError.message("\(error)")
            }
        }
        let urls = notebooks.map { URL(fileURLWithPath: $0).standardizedFileURL }
        let folders = Set(urls.map { $0.deletingLastPathComponent().path })
        if cwd == nil, folders.count > 1 {
            throw CLIError.message("the notebooks are in \(folders.count) folders and one Spark driver has one working "
                + "directory: give --cwd")
        }
        let workingDirectory = cwd.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? urls[0].deletingLastPathComponent()
        if let save { try FileManager.default.createDirectory(atPath: save, withIntermediateDirectories: true) }

        var launch = try NotebookLaunch(path: notebooks[0], cwd: workingDirectory.path, session: session)
        launch.options.listeners = []
        let spark = try await SparkEngineLaunch.start(session: session, options: launch.options, quiet: true,
                                                      forceMaster: session.master)
        StandardStreams.err("engine compare: \(urls.count) notebooks; PySpark \(spark.pysparkVersion), master "
            + "\(session.master ?? "as each notebook says"); driver log and event logs in \(spark.settings.runDirectory.path)\n")
        var tally = (same: 0, known: 0, differ: 0)
        for (index, url) in urls.enumerated() {
            let name = url.deletingPathExtension().lastPathComponent
            let verdict: Verdict
            do {
                verdict = try await compare(url, path: notebooks[index], spark: spark, workingDirectory: workingDirectory)
            } catch {
                verdict = Verdict(problems: ["could not run: \(error)"])
            }
            switch (verdict.problems.isEmpty, known.reasons[name]) {
            case (true, nil), (true, _) where known.mayAgree.contains(name):
                tally.same += 1
                print("same     \(name)" + (verdict.timeline.map { ": \($0)" } ?? ""))
            case (true, let reason?):
                tally.differ += 1
                print("FIXED    \(name): listed as a known difference (\(reason)) but both engines agree; take it off the list")
            case (false, let reason?):
                tally.known += 1
                let first = verdict.problems.first.map { String($0.prefix { $0 != "\n" }) } ?? ""
                print("known    \(name): \(reason) [\(first)]")
            case (false, nil):
                tally.differ += 1
                print("DIFFERS  \(name)")
                for problem in verdict.problems { print(Self.indented(problem)) }
            }
        }
        await spark.shutdown()
        print("engine compare: \(urls.count) notebooks, \(tally.same) same, \(tally.known) known differences, "
            + "\(tally.differ) differ")
        if tally.differ > 0 { throw ExitCode(1) }
    }

    struct Verdict {
        var problems: [String]
        var timeline: String?
    }

    /// One notebook on both engines.
    private func compare(_ url: URL, path: String, spark: SparkCellExecutor, workingDirectory: URL) async throws -> Verdict {
        let name = url.deletingPathExtension().lastPathComponent
        var launch = try NotebookLaunch(path: path, cwd: workingDirectory.path, session: session)
        launch.options.listeners = []
        launch.options.scriptArguments = [url.path]

        let embedded = try await run(launch, path: path, url: url, executor: nil)
        let embeddedTimeline = embedded.runner.context.active.map { AllocationRecord(timeline: $0.runtime.timeline.entries).outline }
        embedded.runner.context.shutdown()
        embedded.runner.registry.shutdownPlugins()

        guard await spark.reset(noteOrder: true, newContext: timeline) else {
            throw CLIError.message("the Spark driver is gone; its log is \(spark.settings.driverLog.path)")
        }
        let real = try await run(launch, path: path, url: url, executor: spark)
        real.runner.registry.shutdownPlugins()
        if let save {
            let folder = URL(fileURLWithPath: save)
            try embedded.out.write(to: folder.appendingPathComponent("\(name).embedded.txt"), atomically: true, encoding: .utf8)
            try real.out.write(to: folder.appendingPathComponent("\(name).spark.txt"), atomically: true, encoding: .utf8)
            try real.err.write(to: folder.appendingPathComponent("\(name).spark.err"), atomically: true, encoding: .utf8)
        }
        var problems = EngineComparison.differences(embedded: embedded.result.notebook, spark: real.result.notebook,
                                                    tableOrders: spark.tableOrders).map(Self.describe)
        var timelineText: String?
        if timeline {
            // Stopping the context completes its event log; the next notebook starts a new one anyway.
            _ = await spark.reset(noteOrder: false, newContext: true)
            let real = try sparkTimeline(spark)
            let mine = embeddedTimeline ?? AllocationRecord.Outline(targets: [], idleRemovals: 0)
            timelineText = "embedded \(mine); spark \(real)"
            if mine != real { problems.append("the executor timelines differ: embedded \(mine); spark \(real)") }
        }
        return Verdict(problems: problems, timeline: timelineText)
    }

    /// The newest application of the driver's event logs (the notebook's last session) with its decisions: the
    /// driver's one allocation log holds every application's lines, so those from before this one started (the
    /// earlier notebooks' and sessions') are left out; its "Using initial executors" line comes as it starts.
    private func sparkTimeline(_ spark: SparkCellExecutor) throws -> AllocationRecord.Outline {
        let log = try EventLogReader.read(spark.settings.eventLogFolder.path, app: nil)
        let text = (try? String(contentsOf: spark.settings.allocationLog, encoding: .utf8)) ?? ""
        var lines = AllocationLogParser().parse(text)
        let started = log.events.lazy.compactMap { event -> Int64? in
            if case .applicationStart(let app) = event { return app.time } else { return nil }
        }.first
        if let started { lines.removeAll { $0.time < started - Self.logSlackMillis } }
        return AllocationRecord(events: log.events, allocationLog: lines).outline
    }

    /// How much earlier than the application's start event its first allocation line may be stamped (both come
    /// from the SparkContext's start, on different threads).
    static let logSlackMillis: Int64 = 1_000

    private struct Run {
        var runner: NotebookRunner
        var result: NotebookRunner.Result
        var out: String
        var err: String
    }

    /// Runs the whole notebook (every cell, as `--allow-errors` would not: the first error stops it, as `run`
    /// does), capturing what `sparkbook run --quiet` would print.
    private func run(_ launch: NotebookLaunch, path: String, url: URL, executor: SparkCellExecutor?) async throws -> Run {
        let runner = NotebookRunner(registry: Plugins.registry(plugins), options: launch.options, executor: executor)
        let captured = CapturedText()
        let observer = TerminalRunObserver(errorStyle: TerminalStyle(color: false), showProgress: false,
                                           out: { captured.out += $0 }, err: { captured.err += $0 })
        let result = try await runner.run(launch.notebook, path: path, inputURL: url, observer: observer)
        return Run(runner: runner, result: result, out: captured.out, err: captured.err)
    }

    private final class CapturedText {
        var out = ""
        var err = ""
    }

    static func describe(_ difference: EngineComparison.Difference) -> String {
        "cell \(difference.cellNumber): \(difference.what)\n  embedded:\n" + indented(difference.embedded, by: 4, lines: 25)
            + "\n  spark:\n" + indented(difference.spark, by: 4, lines: 25)
    }

    static func indented(_ text: String, by spaces: Int = 2, lines limit: Int = 80) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let pad = String(repeating: " ", count: spaces)
        let shown = lines.prefix(limit).map { pad + $0 }.joined(separator: "\n")
        return lines.count > limit ? shown + "\n\(pad)... (\(lines.count - limit) more lines)" : shown
    }
}
