import ArgumentParser
import Foundation
import SparkbookCluster
import SparkbookNotebook
import SparkbookPlugins
import SparkbookReport
import SparkbookTerminal

/// `sparkbook run NOTEBOOK`: execute every code cell headlessly, printing outputs as they happen.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a notebook (.ipynb, jupytext percent .py or Databricks .py) from top to bottom.",
        discussion: """
        Outputs go to stdout as each cell runs; progress and errors go to stderr. The first failing cell stops \
        the run (exit status 1) unless --allow-errors is given. Relative paths in cells resolve against the \
        notebook's folder, as a Jupyter kernel started beside it would.
        """
    )

    @Argument(help: "The notebook to run.")
    var notebook: String

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(
        "Arguments for the notebook's sys.argv (after the notebook; -- passes the rest as they are).",
        valueName: "ARGS"))
    var scriptArguments: [String] = []

    @Option(name: [.short, .long], help: "Write the executed notebook here (.ipynb), saved after every cell.")
    var output: String?

    @Option(help: "Resolve relative paths against this folder instead of the notebook's.")
    var cwd: String?

    @Flag(help: "Run every cell even after one fails.")
    var allowErrors = false

    @Option(name: [.customShort("p"), .customLong("parameter")], parsing: .upToNextOption,
            help: ArgumentHelp("Set a parameter as papermill does: -p NAME VALUE (typed), repeatable.",
                               valueName: "NAME VALUE"))
    var parameters: [String] = []

    @OptionGroup var session: SessionOptions

    @OptionGroup var plugins: PluginOptions

    @OptionGroup var neighbours: NeighboursOptions

    @Flag(help: "At the end, chart the executors over time with each change and its cause, and Spark's allocation log lines.")
    var timeline = false

    @Option(help: "Write a self-contained HTML report of the run (cells, outputs, executor timeline, stages).")
    var report: String?

    @Option(help: FairnessOutput.metricsJSONHelp)
    var metricsJson: String?

    @Flag(help: "Print no progress lines on stderr.")
    var quiet = false

    func run() async throws {
        var launch = try NotebookLaunch(path: notebook, cwd: cwd, session: session)
        let inputURL = launch.inputURL, events = launch.events
        launch.options.scriptArguments = [inputURL.path] + Self.droppingSeparator(scriptArguments)
        launch.options.allowErrors = allowErrors
        launch.options.parameters = try Self.pairParameters(parameters)
        launch.options.outputURL = output.map { URL(fileURLWithPath: $0).standardizedFileURL }
        let classroom = try neighbours.start(into: &launch.options)
        defer { classroom?.stop() }
        var options = launch.options
        let errorStyle = TerminalStyle.detect(fileDescriptor: STDERR_FILENO)
        options.colorErrors = errorStyle.color
        if options.outputURL == inputURL {
            throw CLIError.message("--output must differ from the input notebook; Sparkbook never overwrites its input")
        }

        let spark = session.effectiveEngine == .spark ? try await SparkEngineLaunch.start(session: session, options: options, quiet: quiet) : nil
        let sparkEvents = spark.map { SparkRunEvents($0, showProgress: !quiet) }
        let runner = NotebookRunner(registry: Plugins.registry(plugins), options: options, executor: spark)
        let observer = TerminalRunObserver(errorStyle: errorStyle, showProgress: !quiet)
        let result: NotebookRunner.Result
        do {
            result = try await runner.run(launch.notebook, path: notebook, inputURL: inputURL, observer: observer)
        } catch {
            await spark?.shutdown()
            sparkEvents?.finish()
            throw error
        }
        await spark?.shutdown()
        sparkEvents?.finish()
        let application = runner.context.active
        runner.context.shutdown()
        runner.registry.shutdownPlugins()
        classroom?.stop()
        if timeline, let application {
            StandardStreams.err(TimelineOutput.text(application.runtime, neighbours: classroom))
        }
        if timeline, let sparkEvents { StandardStreams.err(sparkEvents.timelineText()) }
        try FairnessOutput.finish(classroom.map(FairnessOutput.report)
                                      ?? application.flatMap { FairnessOutput.report($0.runtime) },
                                  metricsJSON: metricsJson, style: errorStyle)
        if let report, let sparkEvents {
            try ReportOutput.write(sparkEvents.report(result.notebook, title: inputURL.lastPathComponent), to: report)
        } else if let report {
            try ReportOutput.write(result.notebook, title: inputURL.lastPathComponent, session: application, events: events, to: report)
        }
        if let failed = result.failedCell {
            StandardStreams.err(errorStyle.red("error: ") + "cell \(failed + 1) failed"
                + (options.outputURL.map { "; the executed notebook is saved in \($0.path)" } ?? "") + "\n")
            throw ExitCode(1)
        }
    }

    /// `--` ends Sparkbook's options (what follows goes to `sys.argv` as it is); the separator itself is not an argument.
    static func droppingSeparator(_ arguments: [String]) -> [String] {
        guard let separator = arguments.firstIndex(of: "--") else { return arguments }
        var result = arguments
        result.remove(at: separator)
        return result
    }

    /// `-p a 1 -p b x` arrives as ["a", "1", "b", "x"]; `-p a=1` is accepted too.
    static func pairParameters(_ values: [String]) throws -> [Parameter] {
        var result: [Parameter] = []
        var i = 0
        while i < values.count {
            if i + 1 < values.count {
                result.append(.typed(values[i], values[i + 1]))
                i += 2
            } else if let eq = values[i].firstIndex(of: "=") {
                result.append(.typed(String(values[i][..<eq]), String(values[i][values[i].index(after: eq)...])))
                i += 1
            } else {
                throw CLIError.message("-p needs a name and a value: -p NAME VALUE")
            }
        }
        if let bad = ParameterInjector.invalidNames(in: result).first {
            throw CLIError.message("invalid parameter name '\(bad)': it must be a Python identifier")
        }
        return result
    }
}

/// A usage error with a message, printed by ArgumentParser as `Error: ...` with exit status 1.
enum CLIError: Error, CustomStringConvertible {
    case message(String)
    var description: String {
        switch self { case .message(let m): m }
    }
}
