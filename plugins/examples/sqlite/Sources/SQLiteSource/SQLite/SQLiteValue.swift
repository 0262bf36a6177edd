/// One value as SQLite stores it: each value has its own storage class, whatever its column declares.
enum SQLiteValue {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// The value as SQL would write it, for errors.
    var shown: String {
        switch self {
        case .null: "NULL"
        case .integer(let v): String(v)
        case .real(let v): String(v)
        case .text(let v): "'" + (v.count > 40 ? String(v.prefix(40)) + "..." : v) + "'"
        case .blob(let v): "a blob of \(v.count) bytes"
        }
    }
}
