import SparkbookInterpreter

/// Turns a cell's result value into displayable representations (Jupyter's `execute_result` bundle).
/// Renderers are asked in registration order, most recent first; the first that answers wins.
public protocol ResultRenderer: Sendable {
    func render(_ value: PyValue) -> RichOutput?
}
