import SparkbookNotebook

/// One line the driver sends back on its channel (JSON; see `SparkDriverProgram`).
public enum DriverMessage: Equatable, Sendable {
    /// The driver is up: its PySpark and Python versions.
    case ready(pyspark: String, python: String)
    /// Text the cell printed on `stdout` or `stderr`.
    case stream(name: String, text: String)
    /// `display(value)`: a table of show() texts (nil for NULL), or a value's repr.
    case displayTable(DriverTable)
    case displayText(String)
    /// The cell's last expression, as its repr (`Out[n]`).
    case result(String)
    case done
    case error(ename: String, evalue: String, traceback: [String])
    case completions([String])
    /// Variables with their methods, attributes and (DataFrames) columns.
    case scope([String: DriverVariable])
    case stopped
    /// Before a table is printed (asked by `reset`): whether Spark defines its rows' order (the query ends in a
    /// sort); where it does not, another engine may print the same rows in another order.
    case order(ordered: Bool)
    /// The namespace was reset for the next notebook.
    case reset
    /// A line that is not a message Sparkbook knows (kept for the error it causes).
    case unknown(String)

    public static func parse(_ line: String) -> DriverMessage {
        guard let value = try? JSONParser.parse(line), let type = value["type"]?.stringValue else { return .unknown(line) }
        switch type {
        case "ready":
            return .ready(pyspark: value["pyspark"]?.stringValue ?? "?", python: value["python"]?.stringValue ?? "?")
        case "stream":
            return .stream(name: value["name"]?.stringValue ?? "stdout", text: value["text"]?.stringValue ?? "")
        case "display":
            if let table = value["table"], let parsed = DriverTable(table) { return .displayTable(parsed) }
            return .displayText(value["plain"]?.stringValue ?? "")
        case "result":
            return .result(value["plain"]?.stringValue ?? "")
        case "done":
            return .done
        case "error":
            return .error(ename: value["ename"]?.stringValue ?? "Exception", evalue: value["evalue"]?.stringValue ?? "",
                          traceback: value["traceback"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        case "completions":
            return .completions(value["names"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        case "scope":
            var variables: [String: DriverVariable] = [:]
            for entry in value["variables"]?.objectValue?.entries ?? [] {
                variables[entry.key] = DriverVariable(
                    methods: entry.value["methods"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                    properties: entry.value["properties"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                    columns: entry.value["columns"]?.arrayValue?.compactMap(\.stringValue))
            }
            return .scope(variables)
        case "stopped":
            return .stopped
        case "order":
            return .order(ordered: value["ordered"]?.boolValue ?? true)
        case "reset":
            return .reset
        default:
            return .unknown(line)
        }
    }
}

/// One of the driver's variables as Tab completion sees it.
public struct DriverVariable: Equatable, Sendable {
    public var methods: [String]
    public var properties: [String]
    /// Column names when the variable is a DataFrame.
    public var columns: [String]?

    public init(methods: [String], properties: [String], columns: [String]?) {
        self.methods = methods
        self.properties = properties
        self.columns = columns
    }
}

/// A DataFrame as `display()` received it: column names, values as show() prints them, which columns hold
/// numbers, and the full count when there were more rows than shown.
public struct DriverTable: Equatable, Sendable {
    public var columns: [String]
    public var rows: [[String?]]
    public var numeric: [Bool]
    public var total: Int?

    public init(columns: [String], rows: [[String?]], numeric: [Bool], total: Int?) {
        self.columns = columns
        self.rows = rows
        self.numeric = numeric
        self.total = total
    }

    init?(_ value: JSONValue) {
        guard let columns = value["columns"]?.arrayValue?.compactMap(\.stringValue),
              let rows = value["rows"]?.arrayValue else { return nil }
        self.columns = columns
        self.rows = rows.map { row in (row.arrayValue ?? []).map(\.stringValue) }
        numeric = value["numeric"]?.arrayValue?.map { $0.boolValue ?? false } ?? []
        total = value["total"]?.intValue
    }
}
