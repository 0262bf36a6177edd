import SparkbookDataFrame
import SparkbookSyntax

/// Runs parsed cells against one set of global names, as one Jupyter kernel does across a notebook's cells.
public final class Interpreter {
    public let context: LaunchContext
    public internal(set) var sink: OutputSink
    /// The kernel's names; a walkthrough hands them to the REPL for "try it" and takes them back.
    public var globals: [String: PyValue] = [:]
    /// What `display(df, kind=...)` draws with, by kind (the plugin registry's display renderers).
    public var displayRenderers: [String: any DisplayRenderer] = [:]
    /// The cell being run (or the cell a running function was defined in), so errors can name their place.
    var file: SourceFile?
    /// The running function's local names; nil at module level, where names are `globals`.
    var scope: Scope?
    /// Nested calls of cell-defined functions, bounded as Python's recursion limit bounds them.
    var callDepth = 0
    /// The exceptions being handled by enclosing `except` blocks, innermost last (a bare `raise` re-raises it).
    var handling: [ScriptError] = []
    /// Numbers the lambda variables of higher-order functions, so nested lambdas never share one.
    private var lambdaVariables = 0

    func lambdaVariableID(_ name: String) -> String {
        lambdaVariables += 1
        return "\(name)_\(lambdaVariables)"
    }

    public init(context: LaunchContext, sink: OutputSink) {
        self.context = context
        self.sink = sink
        for name in Builtins.names { globals[name] = .builtin(name) }
    }

    /// Runs a whole cell; returns the value of its last statement when that is an expression (Jupyter's
    /// `Out[n]`), or nil.
    public func run(_ program: Program, in file: SourceFile) async throws -> PyValue? {
        self.file = file
        defer { self.file = nil }
        var result: PyValue?
        for (i, statement) in program.statements.enumerated() {
            let isLast = i == program.statements.count - 1
            if isLast, case .expression(let expr) = statement.kind {
                let value = try await evaluate(expr)
                result = Self.isDisplayable(value) ? value : nil
            } else {
                try await execute(statement)
            }
        }
        return result
    }

    /// Parses and runs source text; syntax errors come back as diagnostics.
    public func run(source: String, path: String, cell: Int? = nil, firstLine: Int = 1) async throws -> PyValue? {
        let file = SourceFile(path: path, cell: cell, text: source, firstLine: firstLine)
        switch Parser.parse(file) {
        case .complete(let program): return try await run(program, in: file)
        case .incomplete(let d): throw d
        case .failure(let ds): throw ds[0]
        }
    }

    /// Jupyter shows nothing for a cell ending in a call that returns None.
    static func isDisplayable(_ value: PyValue) -> Bool {
        if case .none = value { return false }
        return true
    }

    /// Variable names defined by cells (not builtins), for completion and `:reset`.
    public var userNames: [String] {
        globals.keys.filter { Builtins.names.contains($0) == false }.sorted()
    }

    public func reset() {
        globals = globals.filter { Builtins.names.contains($0.key) }
    }
}
