import SparkbookEngine
import SparkbookInterpreter
import SparkbookPlugins

/// An outside plugin as a third party would write one: a `shout` cell kind that prints its text upper-cased
/// and returns it, and a renderer for string results.
struct ShoutPlugin: SparkbookPlugin {
    var name: String { "shout" }

    func register(into registry: PluginRegistry) {
        registry.register(cellKind: ShoutCellKind())
        registry.register(renderer: LoudStringRenderer())
        registry.register(function: ShoutFunction())
    }
}

/// `shout(s)`: a scalar function a plugin adds, upper-casing a string column.
struct ShoutFunction: ScalarFunction {
    var name: String { "shout" }
    var arity: ClosedRange<Int> { 1...1 }

    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        FunctionSignature(inputs: [.string], result: .string)
    }

    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        var builder = ColumnBuilder(type: .string, capacity: rowCount)
        for row in 0..<rowCount {
            let value = arguments[0].value(at: row)
            if case .string(let text) = value { builder.append(.string(text.uppercased())) } else { builder.append(.null) }
        }
        return builder.finish()
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
    var mimeType: String { "text/html" }

    func render(_ value: PyValue) -> RichOutput? {
        guard case .string(let s) = value else { return nil }
        return RichOutput(plain: "<<\(s)>>", html: "<b>\(s)</b>")
    }
}
