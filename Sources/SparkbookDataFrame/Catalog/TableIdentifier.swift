import SparkbookEngine

/// A table's name as a user writes it (`t`, `db.t`, `spark_catalog.db.t`, backquoted parts), split into its
/// database (nil: the current one) and table. Spark compares both case-insensitively and keeps them lowercased.
public struct TableIdentifier: Sendable, Hashable, CustomStringConvertible {
    public static let sessionCatalogName = "spark_catalog"

    public let database: String?
    public let table: String

    public init(database: String?, table: String) {
        self.database = database?.lowercased()
        self.table = table.lowercased()
    }

    /// Parses `a.b.c` (backquotes keep dots inside a part); a leading `spark_catalog` is the only catalog.
    public static func parse(_ text: String) throws -> TableIdentifier {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var chars = Array(text.trimmingCharacters(in: .whitespaces))[...]
        while let c = chars.popFirst() {
            if c == "`" {
                if quoted, chars.first == "`" { current.append("`"); chars.removeFirst(); continue }
                quoted.toggle()
            } else if c == "." && !quoted {
                parts.append(current); current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current)
        if parts.count == 3, parts[0].lowercased() == sessionCatalogName { parts.removeFirst() }
        guard !parts.contains(where: \.isEmpty), parts.count <= 2, !quoted else {
            throw SparkError(.analysis, errorClass: "REQUIRES_SINGLE_PART_NAMESPACE",
                             message: "spark_catalog requires a single-part namespace, but got \(text).", sqlState: "42K05")
        }
        return parts.count == 2 ? TableIdentifier(database: parts[0], table: parts[1]) : TableIdentifier(database: nil, table: parts[0])
    }

    /// The same name in `database` when it names none.
    public func qualified(in current: String) -> TableIdentifier {
        TableIdentifier(database: database ?? current, table: table)
    }

    /// ``spark_catalog`.`db`.`t``, as Spark's errors quote a table.
    public var quoted: String {
        "`\(Self.sessionCatalogName)`.`\(database ?? "default")`.`\(table)`"
    }

    public var description: String { database.map { "\($0).\(table)" } ?? table }
}
