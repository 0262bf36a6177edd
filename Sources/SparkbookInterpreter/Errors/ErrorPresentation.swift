import SparkbookDataFrame
import SparkbookEngine
import SparkbookSyntax

/// The one place any error raised while running a cell becomes what the user reads: the Python exception name
/// and message (for notebook error outputs) and the rendered diagnostic with file:cell:line:col and a caret.
public struct ErrorPresentation: Sendable {
    public var exceptionName: String
    public var message: String
    /// The full text to print: position, message, source line, caret and help.
    public var rendered: String

    public init(_ error: any Error, in file: SourceFile, color: Bool) {
        let diagnostic: Diagnostic
        switch (error as? SessionConfigurationError)?.error ?? error {
        case let d as Diagnostic:
            exceptionName = d.code == DiagnosticCode.unsupported ? "NotImplementedError" : "SyntaxError"
            message = d.message
            diagnostic = d
        case let e as ScriptError:
            exceptionName = e.exceptionType
            message = e.message
            diagnostic = e.diagnostic
        case let e as SparkError:
            let script = ScriptError(e, span: nil)
            exceptionName = script.exceptionType
            message = script.message
            diagnostic = script.diagnostic
        default:
            exceptionName = "Exception"
            message = String(describing: error)
            diagnostic = Diagnostic(code: "Exception", message: "Exception: \(message)", span: nil)
        }
        rendered = DiagnosticRenderer.render(diagnostic, in: file, color: color)
    }
}
