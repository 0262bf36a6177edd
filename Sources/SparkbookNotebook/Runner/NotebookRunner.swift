import Foundation
import SparkbookDataFrame
import SparkbookInterpreter
import SparkbookPlugins
import SparkbookSyntax

/// Runs a notebook's code cells in order in one session, as a Jupyter kernel driven by papermill would:
/// outputs recorded on each cell, the executed notebook saved after every cell, the first error stops the run.
/// What runs each cell's code is its `executor`: the embedded interpreter unless another engine is given.
public final class NotebookRunner {
    public let registry: PluginRegistry
    public let options: RunOptions
    public let context: LaunchContext
    public let interpreter: Interpreter
    public let executor: any CellExecutor
    private let recorder = CellOutputRecorder()

    /// `executor`: nil runs cells in the embedded interpreter (`interpreter`, on `context`).
    public init(registry: PluginRegistry, options: RunOptions, executor: (any CellExecutor)? = nil) {
        self.registry = registry
        self.options = options
        self.context = LaunchContext(baseConfiguration: options.configuration, baseOrigins: options.configurationOrigins,
                                     workingDirectory: options.workingDirectory, dataSources: registry.dataSources,
                                     timeScale: options.timeScale, scriptArguments: options.scriptArguments,
                                     functions: registry.functions)
        context.eventLogDirectory = options.eventLogDirectory
        context.listeners = options.listeners
        context.resourceManager = options.resourceManager
        context.queue = options.queue
        context.pythonUDFs = registry.pythonUDFRunner
        let embedded = InterpreterCellExecutor(registry: registry, context: context, colorErrors: options.colorErrors)
        self.interpreter = embedded.interpreter
        self.executor = executor ?? embedded
    }

    /// The outcome of a run: the executed notebook and, if a cell failed, which one.
    public struct Result: Sendable {
        public var notebook: Notebook
        public var failedCell: Int?
        public var succeeded: Bool { failedCell == nil }
    }

    public func run(_ input: Notebook, path: String, inputURL: URL?, observer: RunObserver?) async throws -> Result {
        var notebook = input
        if !options.parameters.isEmpty { _ = ParameterInjector.inject(options.parameters, into: &notebook) }
        notebook.markRunStarted(at: Date(), inputPath: inputURL?.path, outputPath: options.outputURL?.path)
        let runnable = notebook.cells.indices.filter { notebook.cells[$0].kind == .code }
        for i in runnable where !isSkipped(notebook.cells[i]) {
            notebook.cells[i].outputs = []
            notebook.cells[i].executionCount = nil
            notebook.cells[i].markPending()
        }
        let steps = runnable.filter { !isSkipped(notebook.cells[$0]) }
        recorder.observer = observer
        observer?.runStarted(codeCells: steps.count)
        try save(notebook, inputURL: inputURL)

        var executionCount = 0
        var failedCell: Int?
        for (stepIndex, i) in steps.enumerated() {
            let position = CellPosition(cellNumber: i + 1, step: stepIndex + 1, steps: steps.count)
            executionCount += 1
            let failed = await runCell(&notebook.cells[i], position: position, executionCount: executionCount,
                                       path: path, observer: observer)
            try save(notebook, inputURL: inputURL)
            if failed {
                failedCell = failedCell ?? i
                if !options.allowErrors { break }
            }
        }
        notebook.markRunFinished(at: Date(), failed: failedCell != nil)
        try save(notebook, inputURL: inputURL)
        return Result(notebook: notebook, failedCell: failedCell)
    }

    private func isSkipped(_ cell: Cell) -> Bool {
        cell.hasTag("skip-execution")
    }

    /// Runs the code cell at `index` on its own (walkthroughs, the REPL's `:load`); returns whether it failed.
    public func runCell(at index: Int, of notebook: inout Notebook, executionCount: Int, path: String,
                        observer: RunObserver?) async -> Bool {
        recorder.observer = observer
        let steps = notebook.cells.indices.filter { notebook.cells[$0].kind == .code }
        let position = CellPosition(cellNumber: index + 1, step: (steps.firstIndex(of: index) ?? 0) + 1, steps: steps.count)
        return await runCell(&notebook.cells[index], position: position, executionCount: executionCount,
                             path: path, observer: observer)
    }

    /// Runs one cell; returns whether it failed. Earlier cells' outputs are never touched.
    private func runCell(_ cell: inout Cell, position: CellPosition, executionCount: Int, path: String,
                         observer: RunObserver?) async -> Bool {
        let started = Date()
        cell.markRunning(at: started)
        cell.executionCount = executionCount
        recorder.reset(for: position)
        observer?.cellStarted(position, source: cell.source)
        let (language, text, arguments) = languageAndSource(of: cell)
        let firstLine = (cell.sourceLine ?? 1) + (language == nil ? 0 : 1)
        let source = CellSource(text: text, path: path, cellNumber: position.cellNumber,
                                firstLine: cell.sourceLine == nil ? 1 : firstLine, magicArguments: arguments)
        var failed = false
        let execution = await executor.execute(source, language: language, sink: recorder)
        flushNotices(observer)
        switch execution {
        case .completed(let rendered?):
            recorder.outputs.append(.executeResult(executionCount: executionCount, data: rendered.mimeBundle,
                                                   metadata: JSONObject()))
            observer?.cellOutput(.result(rendered, executionCount: executionCount), from: position)
        case .completed(nil):
            break
        case .failed(let failure):
            failed = true
            recorder.outputs.append(.error(ename: failure.ename, evalue: failure.evalue, traceback: failure.traceback))
            observer?.cellOutput(.error(failure.live), from: position)
        }
        cell.outputs = recorder.outputs
        let finished = Date()
        cell.markFinished(at: finished, status: failed ? .failed : .completed)
        observer?.cellFinished(position, seconds: finished.timeIntervalSince(started), failed: failed)
        return failed
    }

    /// The cell's language, the text to run and a magic's arguments: a known magic (`%sql`), or a `%name` line
    /// naming a cell kind or magic a plugin registered (the rest of that line its arguments); nil language means
    /// Python.
    private func languageAndSource(of cell: Cell) -> (String?, String, String) {
        if let language = cell.language { return (language, cell.executableSource, "") }
        let firstLine = cell.source.prefix { $0 != "\n" }
        guard firstLine.hasPrefix("%") else { return (nil, cell.executableSource, "") }
        let named = firstLine.drop { $0 == "%" }
        let name = named.prefix { !$0.isWhitespace }.lowercased()
        guard registry.cellKind(for: name) != nil else { return (nil, cell.executableSource, "") }
        let arguments = named.drop { !$0.isWhitespace }.trimmingCharacters(in: .whitespaces)
        return (name, String(cell.source.dropFirst(firstLine.count).drop { $0 == "\n" }), arguments)
    }

    private func flushNotices(_ observer: RunObserver?) {
        for notice in executor.drainNotices() { observer?.notice(notice) }
    }

    private func save(_ notebook: Notebook, inputURL: URL?) throws {
        guard let output = options.outputURL else { return }
        try NotebookFile.write(notebook, to: output, format: .ipynb, protectedInput: inputURL)
    }
}
