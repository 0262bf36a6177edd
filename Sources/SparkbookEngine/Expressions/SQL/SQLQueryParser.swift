/// A parsed `SELECT` query over temporary views: the clauses `spark.sql` supports.
public struct SQLSelect: Sendable {
    /// What a FROM or JOIN reads: a view (or a common table expression) by name, or a subquery.
    public indirect enum Source: Sendable {
        case named(String)
        case query(SQLSelect)
        /// The `range(end)` / `range(start, end[, step[, numPartitions]])` table-valued function.
        case range([Int64])
        /// An inline table, `VALUES (1, 'a'), (2, 'b')`: each row's expressions.
        case values([[Expression]])
        /// ``delta.`/path` ``, ``parquet.`/path` ``: files read by path, as Spark runs SQL on files.
        case file(format: String, path: String)
    }

    /// The formats whose name before a path (``delta.`/path` ``) reads files instead of a table.
    public static let fileFormats: Set<String> = ["delta", "parquet", "csv", "json"]

    public struct Table: Sendable {
        public let source: Source
        public let alias: String?
        /// The column names after the alias (`AS t(a, b)`); an inline table without them names its columns
        /// `col1`, `col2`, ... as Spark does.
        public var columnNames: [String]? = nil

        /// The view's name; nil for a subquery.
        public var name: String? {
            // A global temporary view (`global_temp.v`) is named by its view.
            if case .named(let name) = source { return name.split(separator: ".").last.map(String.init) ?? name }
            return nil
        }
    }

    /// `WITH name AS (SELECT ...)`: a query later tables (and the main query) read by name.
    public struct CommonTable: Sendable {
        public let name: String
        public let query: SQLSelect
    }

    public var commonTables: [CommonTable] = []

    public struct Join: Sendable {
        public let type: JoinType
        public let table: Table
        /// `ON` condition; variable so that `spark.sql` can put subquery results in it.
        public var condition: Expression?
    }

    /// `LATERAL VIEW [OUTER] generator(...) alias [AS c1, c2]`: the generator's columns beside each row.
    public struct LateralView: Sendable {
        public let generator: Expression
        public let outer: Bool
        public let tableAlias: String
        public let columnNames: [String]

        /// The generator as a select item: its `_outer` form, named by the column names.
        public var selectItem: Expression {
            var call = generator
            if outer, case .function(let name, let arguments) = call { call = .function(name + "_outer", arguments) }
            switch columnNames.count {
            case 0: return call
            case 1: return .alias(call, name: columnNames[0])
            default: return .function(GeneratorCall.multiAlias, [call] + columnNames.map { .literal(.string($0)) })
            }
        }
    }

    public var lateralViews: [LateralView] = []
    public var distinct = false
    public var items: [Expression] = []
    public var from: Table?
    public var joins: [Join] = []
    public var whereClause: Expression?
    public var groupBy: [Expression] = []
    public var having: Expression?
    public var orderBy: [Expression] = []
    public var limit: Int?
    /// The subqueries in this query's expressions and in every query nested in it, by placeholder number
    /// (`SQLSubquery.placeholder`); set on the outermost query only.
    public var subqueries: [SQLSubquery] = []

    public init() {}

    /// Every expression of the query's own clauses (not those of nested FROM queries), rewritten.
    public func rewritingExpressions(_ f: (Expression) throws -> Expression) rethrows -> SQLSelect {
        var query = self
        query.items = try items.map(f)
        query.joins = try joins.map { Join(type: $0.type, table: $0.table, condition: try $0.condition.map(f)) }
        query.whereClause = try whereClause.map(f)
        query.groupBy = try groupBy.map(f)
        query.having = try having.map(f)
        query.orderBy = try orderBy.map(f)
        return query
    }
}

/// `[WITH name AS (query), ...] SELECT [DISTINCT] items FROM t [alias] [[INNER|LEFT|RIGHT|FULL|CROSS|LEFT SEMI|LEFT ANTI]
/// JOIN t2 ON cond]* [WHERE c] [GROUP BY e, ...] [HAVING c] [ORDER BY e [ASC|DESC] [NULLS FIRST|LAST], ...] [LIMIT n]`,
/// where a table is a view's name or `(query)`.
public enum SQLQueryParser {
    public static func parse(_ text: String) throws -> SQLSelect {
        var p = try SQLExpressionParser(text.trimmingTrailingSemicolon)
        p.keepsQualifiers = true
        var query = try self.query(&p)
        try p.expectEnd()
        query.subqueries = p.subqueries
        return query
    }

    /// One query, up to the end of the text or the `)` closing a subquery.
    static func query(_ p: inout SQLExpressionParser) throws -> SQLSelect {
        var query = SQLSelect()
        if p.accept(keyword: "WITH") {
            repeat {
                let name = try p.identifier()
                try p.expect(keyword: "AS")
                try p.expect(symbol: "(")
                query.commonTables.append(SQLSelect.CommonTable(name: name, query: try self.query(&p)))
                try p.expect(symbol: ")")
            } while p.accept(symbol: ",")
        }
        guard p.accept(keyword: "SELECT") else {
            throw SparkError(.unsupported, errorClass: "UNSUPPORTED_FEATURE",
                             message: "Sparkbook's spark.sql supports SELECT queries over temporary views only.")
        }
        query.distinct = p.accept(keyword: "DISTINCT")
        repeat { query.items.append(try p.namedExpression()) } while p.accept(symbol: ",")
        if p.accept(keyword: "FROM") {
            query.from = try table(&p)
            while let type = try joinType(&p) {
                let t = try table(&p)
                var condition: Expression?
                if p.accept(keyword: "ON") { condition = try p.expression() }
                query.joins.append(SQLSelect.Join(type: type, table: t, condition: condition))
            }
            while p.accept(keyword: "LATERAL") {
                try p.expect(keyword: "VIEW")
                let outer = p.accept(keyword: "OUTER")
                let generator = try p.expression()
                let alias = try p.identifier()
                var names: [String] = []
                if p.accept(keyword: "AS") { repeat { names.append(try p.identifier()) } while p.accept(symbol: ",") }
                query.lateralViews.append(SQLSelect.LateralView(generator: generator, outer: outer, tableAlias: alias,
                                                                columnNames: names))
            }
        }
        if p.accept(keyword: "WHERE") { query.whereClause = try p.expression() }
        if p.accept(keyword: "GROUP") {
            try p.expect(keyword: "BY")
            repeat { query.groupBy.append(try p.expression()) } while p.accept(symbol: ",")
        }
        if p.accept(keyword: "HAVING") { query.having = try p.expression() }
        if p.accept(keyword: "ORDER") {
            try p.expect(keyword: "BY")
            repeat { query.orderBy.append(try p.sortItem()) } while p.accept(symbol: ",")
        }
        if p.accept(keyword: "LIMIT") {
            guard case .number(let n) = p.current, let v = Int(n) else { throw p.near() }
            p.advance()
            query.limit = v
        }
        return try resolvingOrdinals(query)
    }

    /// `GROUP BY 1` and `ORDER BY 2 DESC` name select items by position (Spark's
    /// `groupByOrdinal`/`orderByOrdinal`, on by default): GROUP BY takes the item's expression, ORDER BY its
    /// output column.
    static func resolvingOrdinals(_ query: SQLSelect) throws -> SQLSelect {
        var query = query
        let range = "[1, \(query.items.count)]"
        func item(_ e: Expression, _ clause: String, _ errorClass: String) throws -> Expression? {
            guard case .literal(let value) = e, case .integer(let n) = value else { return nil }
            guard !query.items.contains(where: { if case .star = $0 { true } else { false } }) else {
                throw SparkError(.unsupported, errorClass: "UNSUPPORTED_FEATURE",
                                 message: "\(clause) by position with SELECT * is not supported in Sparkbook; name the column instead.")
            }
            guard n >= 1, Int(n) <= query.items.count else {
                throw SparkError(.analysis, errorClass: errorClass,
                                 message: "\(clause) position \(n) is not in select list (valid range is \(range)).",
                                 sqlState: "42805")
            }
            return query.items[Int(n) - 1]
        }
        query.groupBy = try query.groupBy.map { e in
            guard let chosen = try item(e, "GROUP BY", "GROUP_BY_POS_OUT_OF_RANGE") else { return e }
            if case .alias(let inner, _) = chosen { return inner }
            return chosen
        }
        query.orderBy = try query.orderBy.map { e in
            guard case .sortOrder(let key, let direction) = e,
                  let chosen = try item(key, "ORDER BY", "ORDER_BY_POS_OUT_OF_RANGE") else { return e }
            return .sortOrder(.column(chosen.generatedName), direction)
        }
        return query
    }

    static func table(_ p: inout SQLExpressionParser) throws -> SQLSelect.Table {
        let source: SQLSelect.Source
        if p.accept(symbol: "(") {
            source = .query(try query(&p))
            try p.expect(symbol: ")")
        } else if p.accept(keyword: "VALUES") {
            source = .values(try valuesRows(&p))
        } else {
            var name = try p.identifier()
            if name.lowercased() == "range", p.accept(symbol: "(") {
                source = .range(try rangeArguments(&p))
            } else {
                // `db.table` (or `spark_catalog.db.table`) names a table of the catalog, `global_temp.v` a global
                // temporary view, and a path after a format's name (``delta.`/data/t` ``) that file.
                var file: (String, String)?
                while p.accept(symbol: ".") {
                    let part = try p.identifier()
                    if file == nil, SQLSelect.fileFormats.contains(name.lowercased()), part.contains("/") {
                        file = (name.lowercased(), part)
                    }
                    name += "." + (part.contains(".") ? "`\(part)`" : part)
                }
                source = file.map { .file(format: $0.0, path: $0.1) } ?? .named(name)
            }
        }
        var alias: String?
        if p.accept(keyword: "AS") { alias = try p.identifier() }
        else if case .identifier(let a) = p.current, !SQLExpressionParser.reserved.contains(a.uppercased()) {
            alias = a; p.advance()
        }
        var columnNames: [String]?
        if alias != nil, p.accept(symbol: "(") {
            var names: [String] = []
            repeat { names.append(try p.identifier()) } while p.accept(symbol: ",")
            try p.expect(symbol: ")")
            columnNames = names
        }
        return SQLSelect.Table(source: source, alias: alias, columnNames: columnNames)
    }

    /// An inline table's rows after `VALUES`: `(e, ...)` each, or a bare expression for a one-column row.
    static func valuesRows(_ p: inout SQLExpressionParser) throws -> [[Expression]] {
        var rows: [[Expression]] = []
        repeat {
            if p.accept(symbol: "(") {
                var row: [Expression] = []
                repeat { row.append(try p.expression()) } while p.accept(symbol: ",")
                try p.expect(symbol: ")")
                rows.append(row)
            } else {
                rows.append([try p.expression()])
            }
        } while p.accept(symbol: ",")
        guard rows.allSatisfy({ $0.count == rows[0].count }) else {
            throw SparkError(.analysis, errorClass: "INVALID_INLINE_TABLE.NUM_COLUMNS_MISMATCH",
                             message: "Invalid inline table. Inline table expected \(rows[0].count) columns but found \(rows.first { $0.count != rows[0].count }!.count) columns in row 1.",
                             sqlState: "42000")
        }
        return rows
    }

    /// `range(...)`'s whole-number arguments, after its `(`: one to four of them, as Spark's `range` takes.
    static func rangeArguments(_ p: inout SQLExpressionParser) throws -> [Int64] {
        var arguments: [Int64] = []
        repeat {
            let argument = try p.expression()
            guard case .literal(let value) = argument, let n = value.int64Value else {
                throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                                 message: "Cannot resolve \"range(...)\" due to data type mismatch: the arguments of `range` must be whole-number literals, however \"\(argument.generatedName)\" is not.",
                                 sqlState: "42K09")
            }
            arguments.append(n)
        } while p.accept(symbol: ",")
        try p.expect(symbol: ")")
        guard (1...4).contains(arguments.count) else {
            throw SparkError(.analysis, errorClass: "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                             message: "The `range` requires [1, 2, 3, 4] parameters but the actual number is \(arguments.count).",
                             sqlState: "42605")
        }
        return arguments
    }

    static func joinType(_ p: inout SQLExpressionParser) throws -> JoinType? {
        if p.accept(keyword: "JOIN") { return .inner }
        if p.accept(keyword: "INNER") { try p.expect(keyword: "JOIN"); return .inner }
        if p.accept(keyword: "CROSS") { try p.expect(keyword: "JOIN"); return .cross }
        for (word, type) in [("LEFT", JoinType.left), ("RIGHT", .right), ("FULL", .full)] where p.accept(keyword: word) {
            if type == .left, p.accept(keyword: "SEMI") { try p.expect(keyword: "JOIN"); return .leftSemi }
            if type == .left, p.accept(keyword: "ANTI") { try p.expect(keyword: "JOIN"); return .leftAnti }
            _ = p.accept(keyword: "OUTER")
            try p.expect(keyword: "JOIN")
            return type
        }
        return nil
    }
}

extension String {
    var trimmingTrailingSemicolon: String {
        var s = Substring(self)
        while let last = s.last, last == ";" || last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
