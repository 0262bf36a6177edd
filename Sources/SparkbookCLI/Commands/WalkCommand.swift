import ArgumentParser
import Foundation
import SparkbookCluster
import SparkbookNotebook
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

    @Option(help: "Also write a self-contained HTML report of the walkthrough.")
    var report: String?

    func run() async throws {
        let launch = try NotebookLaunch(path: notebook, cwd: cwd, session: session)
        let inputURL = launch.inputURL, events = launch.events, value = launch.notebook
        var options = launch.options
        let style = TerminalStyle.detect(fileDescriptor: STDOUT_FILENO)
        options.colorErrors = style.color
        let runner = NotebookRunner(registry: Plugins.registry(), options: options)
        var walkOptions = Walkthrough.Options(style: style)
        walkOptions.auto = auto
        walkOptions.delay = delay
        walkOptions.width = Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
        let interactive = isatty(STDIN_FILENO) == 1
        let walkthrough = Walkthrough(runner: runner, notebook: value, path: notebook, options: walkOptions,
                                      input: interactive && !auto ? StandardWalkInput() : nil)
        let runtimeObserver = WalkRuntimeObserver(events: events, context: runner.context, style: style,
                                                  width: walkOptions.width)
        if interactive {
            walkthrough.tryIt = {
                // "Try it": a REPL on this walkthrough's session and variables; :continue comes back.
                var replOptions = ReplOptions(workingDirectory: options.workingDirectory)
                replOptions.color = style.color
                let repl = ReplSession(registry: runner.registry, options: replOptions, output: StandardReplOutput(),
                                       context: runner.context)
                repl.hooks = ClusterReplHooks(context: runner.context)
                repl.interpreter.globals = runner.interpreter.globals
                StandardStreams.err(style.dim("Try it: the walkthrough's variables are here; :continue returns.") + "\n")
                await InteractiveRepl(session: repl, history: HistoryFile.resolve(option: nil)).run()
                runner.interpreter.globals = repl.interpreter.globals
            }
        }
        walkthrough.beforeCell = { _ in runtimeObserver.cellStarting() }
        walkthrough.afterCell = { _ in runtimeObserver.cellFinished() }
        let result = await walkthrough.play()
        if let session = runner.context.active {
            let summary = ExpectedBehaviourSummary(entries: session.runtime.timeline.entries) { session.conf.get($0) }
            StandardStreams.out("\n" + MarkdownTerminalRenderer(width: walkOptions.width, style: style).render(summary.markdown))
            let properties = Dictionary(session.conf.all.map { ($0.key, $0.value) }) { $1 }
            session.runtime.bus.flush()
            let replay = ProductionReplay().measuring(RunDigest(events.events))
            if let replay = replay.render(properties: properties, width: walkOptions.width) {
                StandardStreams.out("\n" + replay)
            }
        }
        let application = runner.context.active
        runner.context.shutdown()
        if let report {
            try ReportOutput.write(result, title: inputURL.lastPathComponent, session: application, events: events, to: report)
        }
        if !walkthrough.failedCells.isEmpty, result.cells.isEmpty == false { throw ExitCode(1) }
    }
}
