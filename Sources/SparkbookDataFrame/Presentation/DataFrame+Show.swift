import SparkbookEngine

/// `show()`, `printSchema()` and `display()`: the texts PySpark and Databricks print.
extension DataFrame {
    /// The text `df.show(n, truncate, vertical)` prints (without the final newline `print` adds).
    /// `truncate` is 0 for none, else the cell width (PySpark's True is 20).
    public func showString(_ n: Int = 20, truncate: Int = 20, vertical: Bool = false) async throws -> String {
        let names = try columns()
        // Spark fetches n + 1 rows to know whether to print the "only showing" footer.
        let batches = try await DataFrame(session: session, plan: .limit(max(0, n) + 1, plan))
            .collectBatches(description: "showString")
        let text = SparkValueText(sessionTimeZone: session.timeZone)
        var rows: [[String]] = []
        for batch in batches {
            for r in 0..<batch.rowCount {
                rows.append(batch.columns.map { column in
                    column.isNull(r) ? "NULL" : text.text(column.value(at: r).outputValue)
                })
            }
        }
        return ShowTableFormatter.format(columnNames: names, rows: rows, hasMoreRows: rows.count > n,
                                         numRowsRequested: n, truncate: truncate, vertical: vertical)
    }

    /// The text `df.printSchema()` prints.
    public func schemaString(level: Int? = nil) throws -> String {
        SchemaTreeFormatter.format(try schema().schemaNodes, level: level)
    }

    /// What `display(df)` shows: up to `maxRows` rows and, when more exist, the total count.
    public func displayContent(maxRows: Int = 1000) async throws -> DisplayTableContent {
        let names = try columns()
        let batches = try await DataFrame(session: session, plan: .limit(maxRows + 1, plan))
            .collectBatches(description: "display")
        var values: [[OutputValue]] = []
        for batch in batches {
            for r in 0..<batch.rowCount { values.append(batch.row(r).map(\.outputValue)) }
        }
        var total: Int?
        if values.count > maxRows {
            values.removeLast(values.count - maxRows)
            total = Int(try await count())
        }
        return DisplayTableContent(columnNames: names, values: values, totalRowCount: total,
                                   valueText: SparkValueText(sessionTimeZone: session.timeZone))
    }
}
