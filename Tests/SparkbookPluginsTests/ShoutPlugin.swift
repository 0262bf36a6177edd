import SparkbookInterpreter
import SparkbookPlugins

/// An outside plugin as a third party would write one: a `shout` cell kind that prints its text upper-cased
/// and returns it, and a renderer for string results.
struct ShoutPlugin: SparkbookPlugin {
    var name: String { "shout" }

    func register(into registry: PluginRegistry) {
        registry.register(cellKind: ShoutCellKind())
        registry.register(renderer: LoudStringRenderer())
    }
}

struct ShoutCellKind: CellKind {
    var language: String { "shout" }

    func execute(_ cell: CellSource, in interpreter: Interpreter) async throws -> PyValue? {
        let loud = cell.text.uppercased()
        interpreter.sink.write(loud + "\n", to: .stdout)
        return .string(loud)
    }
}

/// Renders strings only; everything else falls through to the next renderer.
struct LoudStringRenderer: ResultRenderer {
    func render(_ value: PyValue) -> RichOutput? {
        guard case .string(let s) = value else { return nil }
        return RichOutput(plain: "<<\(s)>>", html: "<b>\(s)</b>")
    }
}
