/// The result of parsing one cell, script or REPL entry.
public enum ParseOutcome: Sendable {
    /// The whole input parsed.
    case complete(Program)
    /// The input stopped early but more lines could complete it: it ended inside an open
    /// bracket or triple-quoted string, after a trailing `\`, or after a block header
    /// (`if x:`) with no body yet. A REPL asks for a continuation line; a notebook cell
    /// reports the diagnostic as an error.
    case incomplete(Diagnostic)
    /// The input is wrong whatever follows; the first error comes first.
    case failure([Diagnostic])

    /// The diagnostics to report when the input is final (a notebook cell): an
    /// incomplete input is an error too.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .complete: []
        case .incomplete(let diagnostic): [diagnostic]
        case .failure(let diagnostics): diagnostics
        }
    }

    /// The program when parsing completed.
    public var program: Program? {
        if case .complete(let program) = self { return program }
        return nil
    }
}
