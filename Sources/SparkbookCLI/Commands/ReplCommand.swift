import ArgumentParser
import Foundation
import SparkbookSparkEngine
import SparkbookTerminal

/// `sparkbook repl`: try things interactively, or pipe a script in.
struct ReplCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "An interactive PySpark prompt with history, completion and notebook save/load.",
        discussion: """
        On a terminal: line editing (libedit), history across sessions, Tab completion by context, `In [n]:` \
        prompts and `Out[n]:` results; :help lists the commands. With stdin not a terminal \
        (`sparkbook repl < cells.py`): no prompts and no colour, entries run one by one, and the first error \
        exits with status 1.
        """
    )

    @Option(help: ArgumentHelp("Where to keep the history (default: $SPARKBOOK_HISTORY, else ~/.sparkbook_history).",
                               valueName: "FILE"))
    var historyFile: String?

    @OptionGroup var sessionOptions: SessionOptions

    @OptionGroup var plugins: PluginOptions

    @Option(help: "Resolve relative paths against this folder instead of the current one.")
    var cwd: String?

    func run() async throws {
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        var options = ReplOptions(workingDirectory: URL(fileURLWithPath: cwd ?? FileManager.default.currentDirectoryPath)
            .standardizedFileURL)
        let configuration = try sessionOptions.configuration()
        options.configuration = configuration.properties
        options.configurationOrigins = configuration.origins
        for note in configuration.notes { StandardStreams.err(note + "\n") }
        options.timeScale = sessionOptions.effectiveTimeScale()
        options.eventLogDirectory = sessionOptions.eventLog
        sessionOptions.announceTimeScale()
        options.interactive = interactive
        options.color = interactive && TerminalStyle.detect(fileDescriptor: STDOUT_FILENO).color
        let session = ReplSession(registry: Plugins.registry(plugins), options: options, output: StandardReplOutput())
        session.hooks = ClusterReplHooks(context: session.context)
        defer { session.context.shutdown(); session.registry.shutdownPlugins() }
        var spark: SparkCellExecutor?
        var sparkEvents: SparkRunEvents?
        if sessionOptions.effectiveEngine == .spark {
            let executor = try await SparkEngineLaunch.start(session: sessionOptions, configuration: options.configuration,
                                                             eventLogDirectory: options.eventLogDirectory,
                                                             workingDirectory: options.workingDirectory)
            session.executor = executor
            let events = SparkRunEvents(executor, showProgress: interactive)
            session.hooks = SparkReplHooks(executor: executor, events: events)
            sparkEvents = events
            session.completionScope = { SparkReplHooks.completionScope(executor) }
            spark = executor
        }
        var status: Int32 = 0
        if interactive {
            await InteractiveRepl(session: session, history: HistoryFile.resolve(option: historyFile)).run()
        } else {
            status = await ScriptRepl(session: session).run()
        }
        await spark?.shutdown()
        sparkEvents?.finish()
        if status != 0 { throw ExitCode(status) }
    }
}
