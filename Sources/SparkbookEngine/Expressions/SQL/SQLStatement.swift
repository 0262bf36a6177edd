import Foundation

/// One statement `spark.sql` takes: a query, or one of the session commands notebooks use on temporary views
/// and tables.
public enum SQLStatement: Sendable {
    case query(SQLSelect)
    /// `SHOW TABLES [IN|FROM db] [[LIKE] 'pattern']`.
    case showTables(database: String?, pattern: String?)
    /// `DESC[RIBE] [TABLE] [EXTENDED|FORMATTED] name`.
    case describe(String, extended: Bool)
    /// `CREATE [OR REPLACE] TEMP[ORARY] VIEW name AS query`.
    case createTempView(name: String, replace: Bool, query: SQLSelect)
    /// `DROP VIEW [IF EXISTS] name`.
    case dropView(String, ifExists: Bool)
    /// `SET`, `SET key`, `SET key = value`.
    case set(key: String?, value: String?)
    /// `DESCRIBE HISTORY delta.\`path\` [LIMIT n]` (or a quoted path): a Delta table's commits.
    case describeHistory(path: String, limit: Int?)
    /// `DESCRIBE HISTORY table [LIMIT n]`: a Delta table of the catalog.
    case describeTableHistory(name: String, limit: Int?)
    /// A command over the catalog's tables and databases.
    case table(SQLTableCommand)

    /// Whether Spark runs the statement as a command at once, its result rows local to the driver.
    public var isCommand: Bool {
        if case .query = self { return false }
        return true
    }

    public static func parse(_ text: String) throws -> SQLStatement {
        let trimmed = text.trimmingTrailingSemicolon
        // `SET` takes free text (`spark.sql.shuffle.partitions=4`), so it is read before tokenizing.
        if let set = setCommand(trimmed) { return set }
        if let history = try describeHistoryCommand(trimmed) { return history }
        var p = try SQLExpressionParser(trimmed)
        p.keepsQualifiers = true
        if let command = try tableCommand(&p) { return .table(command) }
        if p.accept(keyword: "SHOW") {
            try p.expect(keyword: "TABLES")
            var database: String?
            if p.accept(keyword: "IN") || p.accept(keyword: "FROM") { database = try p.identifier() }
            _ = p.accept(keyword: "LIKE")
            var pattern: String?
            if case .string(let s) = p.current { pattern = s; p.advance() }
            try p.expectEnd()
            return .showTables(database: database, pattern: pattern)
        }
        if p.accept(keyword: "DESCRIBE") || p.accept(keyword: "DESC") {
            _ = p.accept(keyword: "TABLE")
            let extended = p.accept(keyword: "EXTENDED") || p.accept(keyword: "FORMATTED")
            let name = try qualifiedName(&p)
            try p.expectEnd()
            return .describe(name, extended: extended)
        }
        if p.accept(keyword: "CREATE") {
            var replace = false
            if p.accept(keyword: "OR") { try p.expect(keyword: "REPLACE"); replace = true }
            guard p.accept(keyword: "TEMP") || p.accept(keyword: "TEMPORARY") else {
                throw SparkError(.unsupported, errorClass: "UNSUPPORTED_FEATURE",
                                 message: "Sparkbook's spark.sql creates tables, databases and temporary views (CREATE [OR REPLACE] TEMP VIEW name AS query); permanent views are not supported yet.")
            }
            try p.expect(keyword: "VIEW")
            let name = try p.identifier()
            try p.expect(keyword: "AS")
            let query = try SQLQueryParser.query(&p)
            try p.expectEnd()
            var select = query
            select.subqueries = p.subqueries
            return .createTempView(name: name, replace: replace, query: select)
        }
        if p.accept(keyword: "DROP") {
            try p.expect(keyword: "VIEW")
            var ifExists = false
            if p.accept(keyword: "IF") { try p.expect(keyword: "EXISTS"); ifExists = true }
            let name = try p.identifier()
            try p.expectEnd()
            return .dropView(name, ifExists: ifExists)
        }
        return .query(try SQLQueryParser.parse(trimmed))
    }

    /// `SET`, `SET key` or `SET key = value`, keys and values as Spark's SET reads them (trimmed text).
    static func setCommand(_ text: String) -> SQLStatement? {
        let body = text.drop(while: \.isWhitespace)
        guard body.prefix(3).uppercased() == "SET",
              body.count == 3 || body.dropFirst(3).first?.isWhitespace == true else { return nil }
        let rest = body.dropFirst(3).trimmingCharacters(in: .whitespaces)
        if rest.isEmpty { return .set(key: nil, value: nil) }
        guard let equals = rest.firstIndex(of: "=") else { return .set(key: rest, value: nil) }
        return .set(key: rest[..<equals].trimmingCharacters(in: .whitespaces),
                    value: rest[rest.index(after: equals)...].trimmingCharacters(in: .whitespaces))
    }

    /// `DESCRIBE HISTORY delta.\`/path\``, `DESCRIBE HISTORY '/path'` with an optional `LIMIT n`, read as text
    /// because a backquoted path is not an identifier the tokenizer takes apart; anything else names a table.
    static func describeHistoryCommand(_ text: String) throws -> SQLStatement? {
        let pattern = #"^\s*DESC(?:RIBE)?\s+HISTORY\s+(.+?)(?:\s+LIMIT\s+(\d+))?\s*$"#
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive, .dotMatchesLineSeparators]),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let targetRange = Range(match.range(at: 1), in: text) else { return nil }
        let target = String(text[targetRange])
        let limit = Range(match.range(at: 2), in: text).flatMap { Int(text[$0]) }
        for (prefix, suffix) in [("delta.`", "`"), ("'", "'"), ("\"", "\"")]
        where target.lowercased().hasPrefix(prefix) && target.hasSuffix(suffix) && target.count > prefix.count + suffix.count - 1 {
            return .describeHistory(path: String(target.dropFirst(prefix.count).dropLast(suffix.count)), limit: limit)
        }
        return .describeTableHistory(name: target, limit: limit)
    }

    /// `SHOW TABLES LIKE 'pattern'`: `*` matches any text, `|` separates alternatives, case-insensitively.
    public static func matches(_ name: String, pattern: String) -> Bool {
        pattern.split(separator: "|").contains { alternative in
            let regex = "^" + alternative.trimmingCharacters(in: .whitespaces).lowercased()
                .split(separator: "*", omittingEmptySubsequences: false)
                .map { NSRegularExpression.escapedPattern(for: String($0)) }.joined(separator: ".*") + "$"
            return name.lowercased().range(of: regex, options: .regularExpression) != nil
        }
    }
}
