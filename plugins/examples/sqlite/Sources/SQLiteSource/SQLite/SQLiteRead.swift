import SparkbookPluginKit

/// `spark.read.format("sqlite")`: the rows of one table or query, from one database file or several with the same
/// columns (`load("shards/*.db")`), as Arrow columns.
///
/// Options (case-insensitive, as Spark's): `dbtable` (Spark's JDBC name; `table` too) names a table or view;
/// `query` is a `SELECT` run as given. Without either, a database of one table reads that table.
struct SQLiteRead {
    let paths: [String]
    let options: [String: String]

    func option(_ name: String) -> String? {
        options.first { $0.key.lowercased() == name }?.value
    }

    func columns() throws -> (columns: [ArrowColumn], rowCount: Int) {
        guard !paths.isEmpty else { throw SourceError("the sqlite source needs a database file: load(\"path/to/file.db\")") }
        let table = option("dbtable") ?? option("table")
        let query = option("query")
        if table != nil && query != nil {
            throw SourceError("give the sqlite source either the dbtable option or the query option, not both")
        }
        var merged: SQLiteRows?
        for path in paths {
            let database = try SQLiteDatabase(path: path)
            let rows: SQLiteRows
            if let query {
                rows = try database.query(query)
            } else {
                rows = try database.query("SELECT * FROM " + quoted(try table.map { try checked($0, in: database) } ?? onlyTable(of: database)))
            }
            if var all = merged {
                guard all.names == rows.names else {
                    throw SourceError("\(path) has the columns \(rows.names.joined(separator: ", ")), but \(paths[0]) has "
                                      + all.names.joined(separator: ", ") + "; every file of one read must have the same columns")
                }
                for c in all.columns.indices { all.columns[c] += rows.columns[c] }
                merged = all
            } else {
                merged = rows
            }
        }
        let rows = merged!
        let source = paths.count == 1 ? paths[0] : "\(paths.count) files"
        let columns = try rows.names.indices.map { c in
            let kind = ColumnTyping.kind(declared: rows.declaredTypes[c], values: rows.columns[c])
            return try ColumnTyping.column(named: rows.names[c], kind: kind, declared: rows.declaredTypes[c],
                                           values: rows.columns[c], source: source)
        }
        return (columns, rows.rowCount)
    }

    /// A table the database has (SQLite's names ignore case); a missing one is named with the tables there are,
    /// as the reader's user needs to choose one.
    private func checked(_ table: String, in database: SQLiteDatabase) throws -> String {
        let names = try database.tableNames()
        guard names.contains(where: { $0.lowercased() == table.lowercased() }) else {
            throw SourceError("\(database.path) has no table \(table); its tables: \(listed(names))")
        }
        return table
    }

    private func onlyTable(of database: SQLiteDatabase) throws -> String {
        let names = try database.tableNames()
        guard names.count == 1 else {
            throw SourceError("\(database.path) has \(names.isEmpty ? "no tables" : "the tables \(listed(names))"); "
                              + "name one with .option(\"dbtable\", NAME) or read a query with .option(\"query\", SQL)")
        }
        return names[0]
    }

    private func listed(_ names: [String]) -> String {
        names.isEmpty ? "none" : names.joined(separator: ", ")
    }

    /// An SQL identifier in double quotes, so any table name reads as a name.
    private func quoted(_ name: String) -> String {
        "\"" + name.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
