import SparkbookNotebook

/// What Sparkbook asks of the driver, one JSON line each.
public enum DriverCommand: Equatable, Sendable {
    /// Runs Python code; `filename` names the cell in tracebacks.
    case runPython(code: String, filename: String)
    /// Runs a `%sql` cell's statements; the last result is displayed.
    case runSQL(statements: [String])
    /// Cancels every running job (the REPL's Ctrl-C); handled at once by the driver's reading thread.
    case cancel
    /// Names visible after `expression.` (or at top level when empty), for tab completion.
    case complete(expression: String)
    /// Every variable's members (and a DataFrame's columns), for the REPL's Tab.
    case scope
    /// Stops the session and the driver.
    case stop
    /// A fresh namespace for the next notebook of a reused driver (`sparkbook engine compare`): `noteOrder` asks
    /// for an `order` message before each table printed, `newContext` stops the running SparkContext first.
    case reset(noteOrder: Bool, newContext: Bool)

    public var line: String {
        let object: JSONValue = switch self {
        case .runPython(let code, let filename): ["op": "run", "language": "python", "code": .string(code), "filename": .string(filename)]
        case .runSQL(let statements): ["op": "run", "language": "sql", "statements": .array(statements.map(JSONValue.string))]
        case .cancel: ["op": "cancel"]
        case .complete(let expression): ["op": "complete", "expression": .string(expression)]
        case .scope: ["op": "scope"]
        case .stop: ["op": "stop"]
        case .reset(let noteOrder, let newContext): ["op": "reset", "note_order": .bool(noteOrder), "new_context": .bool(newContext)]
        }
        return JSONWriter().string(object)
    }
}
