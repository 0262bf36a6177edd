import ArgumentParser
import Foundation
import SparkbookCluster
import SparkbookNotebook
import SparkbookSparkEngine
import SparkbookTerminal

/// `sparkbook walk NOTEBOOK`: a teaching walkthrough, one explained code cell at a time.
struct WalkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "walk",
        abstract: "Step through a notebook as a lesson: the explanation, then each code cell on Enter.",
        discussion: WalkCommandKey.helpText
    )

    @Argument(help: "The notebook to walk through.")
    var notebook: String

    @Flag(help: "Play through without waiting for keys.")
    var auto = false

    @Option(help: "Seconds to pause before each cell with --auto.")
    var delay: Double = 1.5

    @Option(help: "Resolve relative paths against this folder instead of the notebook's.")
    var cwd: String?

    @OptionGroup var session: SessionOptions

    @OptionGroup var plugins: PluginOptions

    @OptionGroup var neighbours: NeighboursOptions

    @Option(help: "Also write a self-contained HTML report of the walkthrough.")
    var report: String?

    @Option(help: FairnessOutput.metricsJSONHelp)
    var metricsJson: String?

    /// Allocation timeouts (and `time.sleep`) multiplied by this unless `--time-scale` says otherwise, so a 60s
    /// idle timeout passes in 1.2s while a class watches; announced with the way to turn it off.
    static let classroomTimeScale = 0.02

    func run() async throws {
        var launch = try NotebookLaunch(path: notebook, cwd: cwd, session: session,
                                        defaultTimeScale: Self.classroomTimeScale)
        let classroom = try neighbours.start(into: &launch.options)
        defer { classroom?.stop() }
        let inputURL = launch.inputURL, events = launch.events, value = launch.notebook
        var options = launch.options
        let style = TerminalStyle.detect(fileDescriptor: STDOUT_FILENO)
        options.colorErrors = style.color
        let spark = session.effectiveEngine == .spark ? try await SparkEngineLaunch.start(session: session, options: options) : nil
        let runner = NotebookRunner(registry: Plugins.registry(plugins), options: options, executor: spark)
        var walkOptions = Walkthrough.Options(style: style)
        walkOptions.auto = auto
        walkOptions.delay = delay
        walkOptions.width = Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
        walkOptions.height = Self.terminalRows()
        let interactive = isatty(STDIN_FILENO) == 1
        let walkthrough = Walkthrough(runner: runner, notebook: value, path: notebook, options: walkOptions,
                                      input: interactive && !auto ? StandardWalkInput() : nil)
        let runtimeObserver = WalkRuntimeObserver(events: events, context: runner.context, style: style,
                                                  width: walkOptions.width)
        runtimeObserver.neighbours = classroom
        let sparkEvents = spark.map { SparkRunEvents($0, listeners: [events], showProgress: true) }
        if let sparkEvents {
            runtimeObserver.external = (settle: { sparkEvents.settle() }, timeline: { sparkEvents.timeline.entries })
        }
        if interactive {
            walkthrough.tryIt = {
                // "Try it": a REPL on this walkthrough's session and variables; :continue comes back.
                var replOptions = ReplOptions(workingDirectory: options.workingDirectory)
                replOptions.color = style.color
                let repl = ReplSession(registry: runner.registry, options: replOptions, output: StandardReplOutput(),
                                       context: runner.context)
                repl.hooks = ClusterReplHooks(context: runner.context)
                if let spark {
                    repl.executor = spark
                    repl.hooks = SparkReplHooks(executor: spark, events: sparkEvents!)
                    repl.completionScope = { SparkReplHooks.completionScope(spark) }
                }
                repl.interpreter.globals = runner.interpreter.globals
                StandardStreams.err(style.dim("Try it: the walkthrough's variables are here; :continue returns.") + "\n")
                await InteractiveRepl(session: repl, history: HistoryFile.resolve(option: nil)).run()
                runner.interpreter.globals = repl.interpreter.globals
            }
        }
        walkthrough.beforeCell = { _ in runtimeObserver.cellStarting() }
        walkthrough.afterCell = { _ in runtimeObserver.cellFinished() }
        let time = WalkTimeText(scale: TimeScale(factor: options.timeScale))
        walkthrough.addedSteps = {
            guard let session = runner.context.active else { return [] }
            return AddedWalkStep.allocationLesson(configuration: { session.conf.get($0) }, time: time)
        }
        let command = "sparkbook walk \(notebook)"
        walkthrough.closing = {
            guard let session = runner.context.active else { return nil }
            session.runtime.bus.flush()
            let properties = Dictionary(session.conf.all.map { ($0.key, $0.value) }) { $1 }
            let replay = ProductionReplay().measuring(RunDigest(events.events))
            let simulated = replay.simulate(properties: properties)
            // The row on sharing is read from the run's resource manager: the classroom's (teams and sessions), or
            // the one the session joined (others: every application but this one).
            let usage = classroom?.usageLog() ?? session.runtime.usageLog()
            let sharing = SharedClusterObservation(
                report: FairnessReport(log: usage, end: session.runtime.clock.now),
                others: classroom.map { Set($0.file.teams.map(\.name)) }
                    ?? Set(usage.applications.map(\.name)).subtracting([session.appName]))
            let summary = ExpectedBehaviourSummary(run: session.runtime.timeline.entries, replay: simulated?.result.timeline,
                                                   time: time, command: command,
                                                   sharing: sharing) { session.conf.get($0) }
            var text = ""
            if let simulated { text += "\n" + ProductionReplay.text(simulated, width: walkOptions.width) }
            return text + "\n" + MarkdownTerminalRenderer(width: walkOptions.width, style: style).render(summary.markdown)
        }
        let result = await walkthrough.play()
        await spark?.shutdown()
        sparkEvents?.finish()
        let application = runner.context.active
        runner.context.shutdown()
        classroom?.stop()
        try FairnessOutput.finish(classroom.map(FairnessOutput.report)
                                      ?? application.flatMap { FairnessOutput.report($0.runtime) },
                                  metricsJSON: metricsJson, style: TerminalStyle.detect(fileDescriptor: STDERR_FILENO))
        if let report, let sparkEvents {
            try ReportOutput.write(sparkEvents.report(result, title: inputURL.lastPathComponent), to: report)
        } else if let report {
            try ReportOutput.write(result, title: inputURL.lastPathComponent, session: application, events: events, to: report)
        }
        if !walkthrough.failedCells.isEmpty, result.cells.isEmpty == false { throw ExitCode(1) }
    }

    /// The terminal's rows (for paging explanations), or nil when stdout is not a terminal.
    static func terminalRows() -> Int? {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else {
            return Int(ProcessInfo.processInfo.environment["LINES"] ?? "")
        }
        return Int(size.ws_row)
    }
}
