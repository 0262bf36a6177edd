import SparkbookEngine
import SparkbookSyntax

/// A Python-level error raised while a cell runs: the exception type a PySpark user would see, its message,
/// and where in the cell it happened. Rendered only by `DiagnosticRenderer`, via `diagnostic`.
public struct ScriptError: Error, Sendable {
    /// `NameError`, `TypeError`, `AttributeError`, `AnalysisException`, ...
    public var exceptionType: String
    public var message: String
    public var span: SourceSpan?
    public var suggestion: String?
    /// Further places to look (where a configuration value was set).
    public var notes: [DiagnosticNote] = []
    /// Spark's error class and SQLSTATE for an engine error (`e.getErrorClass()`, `e.getSqlState()`).
    public var errorClass: String?
    public var sqlState: String?
    /// The arguments a cell raised the exception with (`ValueError("bad", 2).args`); nil for errors Sparkbook
    /// raised itself, whose `args` is the message alone.
    public var arguments: [PyValue]?

    public init(_ exceptionType: String, _ message: String, span: SourceSpan? = nil, suggestion: String? = nil) {
        self.exceptionType = exceptionType
        self.message = message
        self.span = span
        self.suggestion = suggestion
    }

    /// Spark's errors keep their exception class and exact text.
    public init(_ error: SparkError, span: SourceSpan?) {
        let type: String = switch error.kind {
        case .analysis: "AnalysisException"
        case .execution: ExceptionClasses.capturedClass(of: error)
        case .illegalArgument: "IllegalArgumentException"
        case .unsupported: "UnsupportedOperationException"
        case .python: "PythonException"
        }
        self.init(type, error.description, span: span, suggestion: error.hint ?? Self.suggestion(for: error))
        errorClass = error.errorClass
        sqlState = error.sqlState
    }

    /// Spark names no alternative for an unknown function; Sparkbook adds the closest known one as help.
    static func suggestion(for error: SparkError) -> String? {
        guard error.errorClass == "UNRESOLVED_ROUTINE",
              let name = error.message.split(separator: "`").dropFirst().first.map(String.init),
              let best = NameSuggester.best(for: name, among: FunctionRegistry.builtIn.names.filter { !$0.hasPrefix("_") })
        else { return nil }
        return "did you mean `\(best)`?"
    }

    /// `Type: message`, as the last line of a Python traceback (`MemoryError` alone when there is no message).
    public var summary: String { message.isEmpty ? exceptionType : "\(exceptionType): \(message)" }

    public var diagnostic: Diagnostic {
        Diagnostic(code: exceptionType, message: summary, span: span, suggestion: suggestion, notes: notes)
    }

    static func type(_ message: String, span: SourceSpan? = nil) -> ScriptError {
        ScriptError("TypeError", message, span: span)
    }

    static func value(_ message: String, span: SourceSpan? = nil) -> ScriptError {
        ScriptError("ValueError", message, span: span)
    }
}
