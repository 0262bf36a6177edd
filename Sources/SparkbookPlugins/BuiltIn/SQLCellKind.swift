import SparkbookInterpreter

/// `%sql` cells (Databricks' `%sql`, IPython's `%%sql`, jupytext's `language="sql"`): Spark SQL statements run
/// by the session, the last result displayed. One small named kind, so a plugin registry can hold it.
struct SQLCellKind: CellKind {
    var language: String { "sql" }

    func execute(_ cell: CellSource, in interpreter: Interpreter) async throws -> PyValue? {
        try await interpreter.runSQL(cell.text)
        return nil
    }
}
