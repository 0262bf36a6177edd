import SparkbookPluginKit

/// A column's Spark type, from its declared type by SQLite's own affinity rules (datatype3.html, section 3.1):
/// `INT` anywhere is `bigint`; `CHAR`, `CLOB` or `TEXT` is `string`; `BLOB` is `binary`; `REAL`, `FLOA` or `DOUB`
/// is `double`; and, beyond SQLite's rules, `BOOL` is `boolean`. A column without a declared type (an expression
/// in a query) or with a numeric one (`NUMERIC`, `DECIMAL`, `DATE`) takes the type its values have: integers
/// only is `bigint`, numbers `double`, any text `string`, blobs `binary`; no values at all is `string`.
enum ColumnTyping {
    static func kind(declared: String?, values: [SQLiteValue]) -> ArrowColumn.Kind {
        if let declared = declared?.uppercased(), !declared.isEmpty {
            if declared.contains("INT") { return .bigint }
            if declared.contains("CHAR") || declared.contains("CLOB") || declared.contains("TEXT") { return .string }
            if declared.contains("BLOB") { return .binary }
            if declared.contains("REAL") || declared.contains("FLOA") || declared.contains("DOUB") { return .double }
            if declared.contains("BOOL") { return .boolean }
        }
        var integers = false, reals = false, texts = false, blobs = false
        for value in values {
            switch value {
            case .null: break
            case .integer: integers = true
            case .real: reals = true
            case .text: texts = true
            case .blob: blobs = true
            }
        }
        if texts { return .string }
        if blobs { return .binary }
        if reals { return .double }
        return integers ? .bigint : .string
    }

    /// The column of `kind` holding `values`; a value its type cannot hold is an error naming the column and row.
    static func column(named name: String, kind: ArrowColumn.Kind, declared: String?, values: [SQLiteValue],
                       source: String) throws -> ArrowColumn {
        var column = ArrowColumn(name: name, kind: kind)
        for (row, value) in values.enumerated() {
            func mismatch() -> SourceError {
                SourceError("\(source): column \(name)\(declared.map { " (declared \($0))" } ?? "") holds \(value.shown) in row \(row + 1), "
                            + "which is not a \(kind.rawValue); read it with a query that casts it, e.g. "
                            + ".option(\"query\", \"SELECT CAST(\(name) AS TEXT) AS \(name) FROM ...\")")
            }
            switch (kind, value) {
            case (_, .null): column.appendNull()
            case (.bigint, .integer(let v)): column.append(v)
            case (.double, .integer(let v)): column.append(Double(v))
            case (.double, .real(let v)): column.append(v)
            case (.boolean, .integer(let v)) where v == 0 || v == 1: column.append(v == 1)
            case (.string, .text(let v)): column.append(bytes: v.utf8)
            case (.string, .integer(let v)): column.append(bytes: String(v).utf8)
            case (.string, .real(let v)): column.append(bytes: String(v).utf8)
            case (.binary, .blob(let v)): column.append(bytes: v)
            case (.binary, .text(let v)): column.append(bytes: v.utf8)
            default: throw mismatch()
            }
        }
        return column
    }
}
