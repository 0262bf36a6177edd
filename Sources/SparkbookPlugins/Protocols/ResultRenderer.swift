import SparkbookInterpreter

/// Turns a cell's result value into displayable representations (Jupyter's `execute_result` bundle).
/// Renderers are asked in registration order, most recent first; the first that answers wins.
public protocol ResultRenderer: Sendable {
    /// The richest mime type the renderer adds (`text/plain`, `image/svg+xml`), for `sparkbook plugins list`.
    var mimeType: String { get }
    func render(_ value: PyValue) -> RichOutput?
}

extension ResultRenderer {
    public var mimeType: String { "text/plain" }
}
