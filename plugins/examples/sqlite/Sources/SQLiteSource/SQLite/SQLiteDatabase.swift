import CSQLite

/// A database file opened read-only (a reader never changes what it reads), and the statements run on it.
final class SQLiteDatabase {
    let path: String
    private var handle: OpaquePointer?

    init(path: String) throws {
        self.path = path
        // SQLITE_OPEN_READONLY never creates a file, so a wrong path is an error rather than a new empty database.
        let status = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil)
        guard status == SQLITE_OK else {
            let why = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_close(handle)
            handle = nil
            throw SourceError("cannot open \(path) as an SQLite database: \(why)")
        }
    }

    deinit { sqlite3_close(handle) }

    /// The tables and views a reader can name, in name order (SQLite's own `sqlite_` tables left out).
    func tableNames() throws -> [String] {
        let rows = try query("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name")
        return rows.columns.first?.compactMap { if case .text(let name) = $0 { name } else { nil } } ?? []
    }

    /// Every row of `sql`, column by column, with each column's name and declared type (nil for an expression).
    func query(_ sql: String) throws -> SQLiteRows {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw SourceError("\(path): \(String(cString: sqlite3_errmsg(handle))) in: \(sql)")
        }
        defer { sqlite3_finalize(statement) }
        let count = Int(sqlite3_column_count(statement))
        var rows = SQLiteRows(
            names: (0..<count).map { String(cString: sqlite3_column_name(statement, Int32($0))) },
            declaredTypes: (0..<count).map { sqlite3_column_decltype(statement, Int32($0)).map { String(cString: $0) } },
            columns: Array(repeating: [], count: count))
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else {
                throw SourceError("\(path): \(String(cString: sqlite3_errmsg(handle))) in: \(sql)")
            }
            for c in 0..<count { rows.columns[c].append(Self.value(statement, Int32(c))) }
        }
        return rows
    }

    private static func value(_ statement: OpaquePointer, _ column: Int32) -> SQLiteValue {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, column))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, column))
        case SQLITE_TEXT:
            let count = Int(sqlite3_column_bytes(statement, column))
            guard let text = sqlite3_column_text(statement, column) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(statement, column))
            guard count > 0, let blob = sqlite3_column_blob(statement, column) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: blob, count: count)))
        default: return .null
        }
    }
}

/// What a statement answered: its columns' names, declared types and values (a column's values are its rows').
struct SQLiteRows {
    var names: [String]
    var declaredTypes: [String?]
    var columns: [[SQLiteValue]]

    var rowCount: Int { columns.first?.count ?? 0 }
}
