import SparkbookDataFrame
import SparkbookEngine

extension Interpreter {
    /// Runs the SQL of a `%sql` cell (or a REPL `%sql` line): each statement through `spark.sql`, in order, and
    /// the last one's result shown as `display()` shows a DataFrame, as Databricks and Jupyter's sql magics show
    /// it. A command without result columns (`CREATE TEMP VIEW`) shows nothing.
    public func runSQL(_ script: String) async throws {
        let session = try predefinedSpark()
        var last: DataFrame?
        for statement in SQLScript.statements(script) {
            last = try await session.sql(statement.text)
        }
        guard let last, try !last.columns().isEmpty else { return }
        try await Builtins.display(.dataFrame(last), interpreter: self)
    }
}
