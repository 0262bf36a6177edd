import SparkbookPluginKit

/// What the plugin answers besides the handshake (`PluginServer` answers `initialize`): `ping` (the batch back
/// unchanged, for `sparkbook plugins check`) and `dataSource.read` (the rows as an Arrow IPC stream in `batch`).
enum PluginMethods {
    static let name = "sqlite"
    static let version = "1.0.0"

    static func answer(_ method: String, _ params: [String: Any]) throws -> [String: Any] {
        switch method {
        case "ping":
            return ["batch": params["batch"] as? [UInt8] ?? []]
        case "dataSource.read":
            return try read(params)
        default:
            throw UnknownMethod(method: method)
        }
    }

    private static func read(_ params: [String: Any]) throws -> [String: Any] {
        let source = params["name"] as? String ?? ""
        guard source == name else { throw SourceError("this plugin reads the sqlite format, not \(source)") }
        if let schema = params["schema"] as? String {
            throw SourceError("the sqlite source takes its schema from the database, so .schema(\"\(schema)\") is not used; "
                              + "cast columns in a query instead: .option(\"query\", \"SELECT CAST(x AS REAL) AS x FROM t\")")
        }
        let read = SQLiteRead(paths: params["paths"] as? [String] ?? [], options: params["options"] as? [String: String] ?? [:])
        let (columns, rowCount) = try read.columns()
        return ["batch": ArrowStreamWriter.stream(columns, rowCount: rowCount)]
    }
}
