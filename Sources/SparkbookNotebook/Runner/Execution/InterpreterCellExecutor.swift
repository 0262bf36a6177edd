import SparkbookDataFrame
import SparkbookInterpreter
import SparkbookPlugins
import SparkbookSyntax

/// The embedded engine: cells run in Sparkbook's interpreter through the registry's cell kinds, values shown by
/// its renderers, errors as Sparkbook's diagnostics (`file:cell:line:col`, the line, a caret).
public final class InterpreterCellExecutor: CellExecutor {
    public let registry: PluginRegistry
    public let context: LaunchContext
    public let interpreter: Interpreter
    private let sink: ForwardingOutputSink
    private let colorErrors: Bool

    /// `sink`: where output goes until the first cell runs (then each cell's own).
    public init(registry: PluginRegistry, context: LaunchContext, colorErrors: Bool, sink initial: (any OutputSink)? = nil) {
        self.registry = registry
        self.context = context
        self.colorErrors = colorErrors
        let sink = ForwardingOutputSink()
        sink.target = initial
        self.sink = sink
        self.interpreter = Interpreter(context: context, sink: sink)
        interpreter.displayRenderers = registry.displayRenderers
    }

    public func execute(_ source: CellSource, language: String?, sink: any OutputSink) async -> CellExecution {
        self.sink.target = sink
        do {
            guard let kind = registry.cellKind(for: language) else {
                throw ScriptError("NotImplementedError",
                                  "`%\(language ?? "")` cells are not supported; the cell kinds installed are "
                                  + registry.cellLanguages.joined(separator: ", "))
            }
            let value = try await kind.execute(source, in: interpreter)
            return .completed(value.map { registry.render($0) })
        } catch {
            let file = SourceFile(path: source.path, cell: source.cellNumber, text: source.text, firstLine: source.firstLine)
            let plain = ErrorPresentation(error, in: file, color: false)
            let live = colorErrors ? ErrorPresentation(error, in: file, color: true).rendered : plain.rendered
            return .failed(CellFailure(ename: plain.exceptionName, evalue: plain.message,
                                       traceback: plain.rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                                       live: live))
        }
    }

    public func drainNotices() -> [String] {
        context.drainNotices()
    }
}

/// The interpreter keeps one sink for its life; it writes to the sink of the cell that ran last.
private final class ForwardingOutputSink: OutputSink {
    var target: (any OutputSink)?

    func write(_ text: String, to stream: SparkbookInterpreter.OutputStream) {
        target?.write(text, to: stream)
    }

    func display(_ output: RichOutput) {
        target?.display(output)
    }
}
