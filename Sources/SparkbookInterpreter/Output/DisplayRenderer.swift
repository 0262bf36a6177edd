import SparkbookEngine

/// Draws a DataFrame's rows when `display(df, kind=..., ...)` asks for a kind of picture rather than a table (a
/// chart plugin's `bar`, `line`, ...), as Databricks' `display()` draws charts. Registered through the plugin
/// registry; the interpreter holds the session's (`Interpreter.displayRenderers`), so `display` needs no layer
/// above it.
public protocol DisplayRenderer: Sendable {
    /// The `kind=` values it draws.
    var kinds: [String] { get }
    /// Draws `rows` (the DataFrame's first rows; `truncated` when it has more) as `kind`, with the call's other
    /// keyword arguments as `options` (`x="country"`, `y=["n", "m"]`), in the session's time zone.
    func render(_ rows: RecordBatch, kind: String, options: [(name: String, value: PyValue)], truncated: Bool,
                timeZone: String) throws -> RichOutput
}
