import Foundation
import SparkbookDataFrame
import SparkbookEngine

/// `display(df, kind="bar", x="country", y="n")`: a DataFrame drawn by the display renderer of that kind (a
/// plugin's chart), as Databricks' `display()` offers charts beside its table. Without `kind` or with a kind no
/// plugin draws, the error says which kinds are installed.
extension Builtins {
    /// Rows a renderer is given at most, as Databricks draws a chart from the first 10,000 rows.
    static let displayRendererRowLimit = 10_000

    static func displayDrawn(_ args: CallArguments, interpreter: Interpreter) async throws -> PyValue {
        guard args.positional.count == 1, case .dataFrame(let df) = args.positional[0] else {
            throw ScriptError.type("display() with keyword arguments draws one DataFrame: display(df, kind=\"bar\", x=..., y=...)")
        }
        let installed = interpreter.displayRenderers.keys.sorted()
        let kinds = installed.isEmpty ? "none are installed (a chart plugin adds them: docs/howto/chart-plugin.md)"
            : "the installed kinds are " + installed.joined(separator: ", ")
        guard let kindValue = args.keywords.first(where: { $0.name == "kind" })?.value else {
            throw ScriptError.type("display() got keyword arguments without kind=; \(kinds)")
        }
        guard case .string(let kind) = kindValue else {
            throw ScriptError.type("display() kind= must be a string, not \(kindValue.typeName)")
        }
        guard let renderer = interpreter.displayRenderers[kind.lowercased()] else {
            throw ScriptError.value("display() has no kind '\(kind)': \(kinds)")
        }
        let batches = try await df.limit(displayRendererRowLimit + 1).collectBatches(description: "display")
        let rows = RecordBatch.concatenating(batches, schema: try df.schema())
        let truncated = rows.rowCount > displayRendererRowLimit
        let shown = truncated ? rows.gather(Array(0..<displayRendererRowLimit)) : rows
        let options = args.keywords.filter { $0.name != "kind" }
        interpreter.sink.display(try renderer.render(shown, kind: kind.lowercased(), options: options, truncated: truncated,
                                                     timeZone: df.session.timeZone.identifier))
        return .none
    }
}
