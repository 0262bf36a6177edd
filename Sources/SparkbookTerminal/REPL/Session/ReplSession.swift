import Foundation
import SparkbookCluster
import SparkbookDataFrame
import SparkbookInterpreter
import SparkbookNotebook
import SparkbookPlugins
import SparkbookSyntax

/// One REPL session: the interpreter and its names, the execution counter and what ran (for `:save`). Fed one
/// line at a time by the line editor or a script; runs each entry once it is complete. Knows nothing about
/// terminals, so tests drive it directly.
public final class ReplSession {
    public let registry: PluginRegistry
    public let options: ReplOptions
    public let context: LaunchContext
    public let interpreter: Interpreter
    /// What runs each entry: the embedded interpreter (`interpreter`) unless another engine is set
    /// (`repl --engine spark`).
    public var executor: any CellExecutor
    public let output: any ReplOutput
    /// What Tab completes from; nil reads the embedded interpreter's names (`repl --engine spark` asks its driver).
    public var completionScope: (() -> CompletionScope)?
    /// The live cluster runtime, when one is attached.
    public var hooks: (any ReplRuntimeHooks)?
    /// The number the next entry runs as (`In [n]:`).
    public internal(set) var executionCount = 1
    /// Every entry run so far, with its outputs: the notebook `:save` writes.
    public internal(set) var cells: [Cell] = []
    /// `:timer on` prints each entry's wall time.
    public internal(set) var timerEnabled = false
    /// Set by `:quit`; the driver stops reading.
    public internal(set) var wantsQuit = false
    let style: TerminalStyle
    let sink: ReplOutputSink
    var accumulator = EntryAccumulator()

    /// What one fed line led to.
    public enum LineResult: Sendable, Equatable {
        /// The entry continues on the next line.
        case needsMore
        /// Entries (or a meta command) ran; false when one failed.
        case ran(succeeded: Bool)
        /// A blank line with nothing pending.
        case empty
    }

    /// `context` shares a running application (a walkthrough's "try it"); nil starts a context of its own.
    public init(registry: PluginRegistry, options: ReplOptions, output: any ReplOutput,
                hooks: (any ReplRuntimeHooks)? = nil, context sharedContext: LaunchContext? = nil) {
        self.registry = registry
        self.options = options
        self.output = output
        self.hooks = hooks
        self.style = TerminalStyle(color: options.color)
        if let sharedContext {
            self.context = sharedContext
        } else {
            self.context = LaunchContext(baseConfiguration: options.configuration, baseOrigins: options.configurationOrigins,
                                         workingDirectory: options.workingDirectory, dataSources: registry.dataSources,
                                         timeScale: options.timeScale, functions: registry.functions)
            context.eventLogDirectory = options.eventLogDirectory
            context.pythonUDFs = registry.pythonUDFRunner
            // Spark's progress bar shows while an entry's jobs run (the line editor is not reading then, and each
            // entry waits for the bar to be erased before printing); a script never shows it.
            context.consoleProgress = options.interactive ? nil : false
        }
        let sink = ReplOutputSink(output: output)
        self.sink = sink
        let embedded = InterpreterCellExecutor(registry: registry, context: context, colorErrors: options.color, sink: sink)
        self.interpreter = embedded.interpreter
        self.executor = embedded
    }

    // MARK: Prompts

    public var primaryPrompt: String { "In [\(executionCount)]: " }

    /// `   ...: `, as wide as the primary prompt so continuation lines line up.
    public var continuationPrompt: String {
        let width = primaryPrompt.count
        return String(repeating: " ", count: max(0, width - 5)) + "...: "
    }

    /// The prompt for the next line.
    public var prompt: String { accumulator.isPending ? continuationPrompt : primaryPrompt }

    public var isPending: Bool { accumulator.isPending }

    // MARK: Feeding lines

    /// Feeds a typed line (or several, when a multi-line entry comes back from history or a paste).
    public func feed(_ text: String) async -> LineResult {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result = LineResult.empty
        var succeeded = true
        var ranAny = false
        for line in lines {
            if !accumulator.isPending, let command = MetaCommand.parse(line) {
                succeeded = await runMeta(command) && succeeded
                ranAny = true
                continue
            }
            switch accumulator.add(line) {
            case .needsMore: result = .needsMore
            case .empty: result = .empty
            case .ready(let entries):
                for entry in entries { succeeded = await run(entry) && succeeded }
                ranAny = true
                result = .empty
            }
            if !succeeded { accumulator.clear(); break }
        }
        // A recalled multi-line block is whole: close it rather than wait for a blank line.
        if lines.count > 1, accumulator.isPending, EntryAccumulator.state(of: accumulator.lines) == .openBlock,
           case .ready(let entries) = accumulator.add("") {
            for entry in entries { succeeded = await run(entry) && succeeded }
            ranAny = true
        }
        if ranAny { return .ran(succeeded: succeeded) }
        return accumulator.isPending ? .needsMore : result
    }

    /// End of input: runs what is pending (an unfinished entry reports what it is missing).
    public func finishInput() async -> LineResult {
        guard let entry = accumulator.finish() else { return .empty }
        return .ran(succeeded: await run(entry))
    }

    /// Ctrl-C at the prompt: forget the half-typed entry.
    public func discardPending() {
        accumulator.clear()
    }

    /// The half-typed entry's text.
    public var pendingText: String { accumulator.pendingText }

    // MARK: Running

    /// Runs one complete entry as the next `In [n]`; prints its result or error; returns whether it succeeded.
    @discardableResult
    public func run(entry: String) async -> Bool {
        await run(EntryAccumulator.Entry(text: entry, firstLine: 1))
    }

    /// Interactive errors point into `In [n]`; a script's point at its line in `<stdin>`. An entry that starts
    /// with a language magic (`%sql SELECT 1`) runs in that cell kind, as a notebook cell would.
    func run(_ entry: EntryAccumulator.Entry) async -> Bool {
        var source = options.interactive
            ? CellSource(text: entry.text, path: "In [\(executionCount)]", cellNumber: nil)
            : CellSource(text: entry.text, path: "<stdin>", cellNumber: nil, firstLine: entry.firstLine)
        guard let magic = CellMagic(parsing: entry.text), magic.name != "python" else {
            return await run(source, language: nil)
        }
        source.text = magic.code
        return await run(source, language: magic.name)
    }

    func run(_ source: CellSource, language: String?) async -> Bool {
        if language == nil, case .complete(let program) = Parser.parse(SourceFile(path: source.path, text: source.text)),
           program.statements.isEmpty {
            return true  // only comments: nothing to count
        }
        let count = executionCount
        executionCount += 1
        _ = sink.takeOutputs()
        let started = ContinuousClock.now
        var succeeded = true
        let execution = await executor.execute(source, language: language, sink: sink)
        settleProgressBar()
        switch execution {
        case .completed(let rendered?):
            sink.record(.executeResult(executionCount: count, data: rendered.mimeBundle, metadata: [:]))
            printResult(rendered.plain, count: count)
        case .completed(nil):
            break
        case .failed(let failure):
            succeeded = false
            sink.record(.error(ename: failure.ename, evalue: failure.evalue, traceback: failure.traceback))
            output.err(failure.live.hasSuffix("\n") ? failure.live : failure.live + "\n")
        }
        flushNotices()
        if timerEnabled {
            let elapsed = ContinuousClock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            output.err(style.dim("Run time: \(String(format: "%.3f", seconds)) s") + "\n")
        }
        var cell = Cell.code(language.map { "%%\($0)\n" + source.text } ?? source.text)
        cell.executionCount = count
        cell.outputs = sink.takeOutputs()
        cells.append(cell)
        return succeeded
    }

    /// `Out[3]: 100`; a multi-line result (a table) starts on its own line, as IPython prints it.
    func printResult(_ plain: String, count: Int) {
        guard options.interactive else {
            output.out(plain + "\n")
            return
        }
        let label = style.red("Out[\(count)]:")
        output.out(plain.contains("\n") ? "\(label)\n\(plain)\n" : "\(label) \(plain)\n")
    }

    /// Waits until the runtime's listeners heard every event of the entry's jobs, so a progress bar is erased
    /// before the result prints, never over it or over the next prompt.
    func settleProgressBar() {
        context.active?.runtime.bus.flush()
    }

    /// Notices the engine raised while the entry ran (configuration warnings), and the runtime's.
    func flushNotices() {
        for notice in executor.drainNotices() { output.err(style.cyan("note: ") + notice + "\n") }
        for notice in hooks?.drainPendingNotices() ?? [] { output.err(notice + "\n") }
    }
}
