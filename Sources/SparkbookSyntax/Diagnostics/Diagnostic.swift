/// A problem found in source text, as plain data: a code, a message and a place.
///
/// Diagnostics are produced by the lexer and parser here and by later layers (the
/// interpreter reports runtime errors with the span of the offending call); all of
/// them are printed by `DiagnosticRenderer`, never formatted where they are raised.
public struct Diagnostic: Error, Sendable, Hashable {
    /// Stable, machine-readable category, e.g. `syntax` or `unsupported` (see `DiagnosticCode`).
    public var code: String
    /// One-line, human-readable description without location or severity.
    public var message: String
    /// Where the problem is, if it can be pinned to the source.
    public var span: SourceSpan?
    public var severity: DiagnosticSeverity
    /// A hint on how to fix it, printed as `help: ...`.
    public var suggestion: String?
    public var notes: [DiagnosticNote]

    public init(
        code: String,
        message: String,
        span: SourceSpan?,
        severity: DiagnosticSeverity = .error,
        suggestion: String? = nil,
        notes: [DiagnosticNote] = []
    ) {
        self.code = code
        self.message = message
        self.span = span
        self.severity = severity
        self.suggestion = suggestion
        self.notes = notes
    }
}
