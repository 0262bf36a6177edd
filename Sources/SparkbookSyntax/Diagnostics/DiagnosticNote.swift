/// Extra context attached to a diagnostic, optionally pointing at another place
/// (e.g. "'(' opened here").
public struct DiagnosticNote: Sendable, Hashable {
    public var message: String
    public var span: SourceSpan?

    public init(_ message: String, span: SourceSpan? = nil) {
        self.message = message
        self.span = span
    }
}
