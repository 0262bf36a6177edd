/// Parses Spark SQL expression text (`F.expr`, `selectExpr`, `filter("...")`) into unresolved expressions.
public struct SQLExpressionParser {
    var tokens: [SQLToken]
    var position = 0
    /// Whether `t.col` keeps its qualifier (queries, where it names a join side) or drops it (expressions).
    var keepsQualifiers = false
    /// Subqueries met in expressions, numbered by their placeholders (`SQLSubquery`).
    var subqueries: [SQLSubquery] = []

    public init(_ text: String) throws {
        tokens = try SQLLexer.tokenize(text)
    }

    /// One expression, optionally aliased (`age + 1 AS next_age`), covering the whole text.
    public static func parseNamed(_ text: String) throws -> Expression {
        var parser = try SQLExpressionParser(text)
        let e = try parser.namedExpression()
        try parser.expectEnd()
        return e
    }

    public static func parse(_ text: String) throws -> Expression {
        var parser = try SQLExpressionParser(text)
        let e = try parser.expression()
        try parser.expectEnd()
        return e
    }

    var current: SQLToken { tokens[position] }
    mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    func isKeyword(_ k: String) -> Bool { current.keyword == k }
    func isSymbol(_ s: String) -> Bool { current == .symbol(s) }

    mutating func accept(keyword k: String) -> Bool {
        if isKeyword(k) { advance(); return true }
        return false
    }

    mutating func accept(symbol s: String) -> Bool {
        if isSymbol(s) { advance(); return true }
        return false
    }

    mutating func expect(symbol s: String) throws {
        guard accept(symbol: s) else { throw near() }
    }

    mutating func expect(keyword k: String) throws {
        guard accept(keyword: k) else { throw near() }
    }

    func expectEnd() throws {
        guard current == .end else { throw near() }
    }

    func near() -> SparkError {
        switch current {
        case .end: SQLLexer.syntaxError("end of input")
        case .identifier(let s), .number(let s): SQLLexer.syntaxError("'\(s)'")
        case .quotedIdentifier(let s): SQLLexer.syntaxError("'`\(s)`'")
        case .string(let s): SQLLexer.syntaxError("''\(s)''")
        case .symbol(let s): SQLLexer.syntaxError("'\(s)'")
        }
    }

    static let reserved: Set<String> = ["FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "JOIN", "ON", "INNER",
                                        "LEFT", "RIGHT", "FULL", "CROSS", "AS", "AND", "OR", "BY", "UNION", "SEMI", "ANTI", "OUTER",
                                        "LATERAL"]

    mutating func namedExpression() throws -> Expression {
        let e = try expression()
        if accept(keyword: "AS") {
            // `explode(m) AS (k, v)`: a name for each column a generator adds.
            if accept(symbol: "(") {
                var names: [Expression] = []
                repeat { names.append(.literal(.string(try identifier()))) } while accept(symbol: ",")
                try expect(symbol: ")")
                return .function(GeneratorCall.multiAlias, [e] + names)
            }
            return .alias(e, name: try identifier())
        }
        if case .identifier(let name) = current, !Self.reserved.contains(name.uppercased()) {
            advance(); return .alias(e, name: name)
        }
        if case .quotedIdentifier(let name) = current { advance(); return .alias(e, name: name) }
        return e
    }

    /// `e [ASC|DESC] [NULLS FIRST|LAST]`, as ORDER BY clauses and window specifications take it.
    mutating func sortItem() throws -> Expression {
        let e = try expression()
        var ascending = true
        if accept(keyword: "DESC") { ascending = false } else { _ = accept(keyword: "ASC") }
        var nullsFirst: Bool?
        if accept(keyword: "NULLS") {
            if accept(keyword: "FIRST") { nullsFirst = true } else { try expect(keyword: "LAST"); nullsFirst = false }
        }
        return .sortOrder(e, SortDirection(ascending: ascending, nullsFirst: nullsFirst))
    }

    mutating func identifier() throws -> String {
        switch current {
        case .identifier(let s), .quotedIdentifier(let s): advance(); return s
        default: throw near()
        }
    }

    public mutating func expression() throws -> Expression { try or() }

    mutating func or() throws -> Expression {
        var e = try and()
        while accept(keyword: "OR") { e = .binary(.or, e, try and()) }
        return e
    }

    mutating func and() throws -> Expression {
        var e = try not()
        while accept(keyword: "AND") { e = .binary(.and, e, try not()) }
        return e
    }

    mutating func not() throws -> Expression {
        if accept(keyword: "NOT") || accept(symbol: "!") { return .unary(.not, try not()) }
        // `EXISTS (SELECT ...)`; `exists(xs, x -> ...)` is the higher-order function.
        if isKeyword("EXISTS"), tokens[position + 1] == .symbol("("), ["SELECT", "WITH"].contains(tokens[position + 2].keyword) {
            advance(); advance()
            guard let placeholder = try subquery(.exists) else { throw near() }
            try expect(symbol: ")")
            return placeholder
        }
        return try predicate()
    }

    /// After a `(`: the subquery starting here (`SELECT` or `WITH`) as its placeholder, parsed up to its `)`;
    /// nil when no query starts here. Only `spark.sql` queries (`keepsQualifiers`) may hold one.
    mutating func subquery(_ kind: SQLSubquery.Kind, testing value: Expression? = nil) throws -> Expression? {
        guard keepsQualifiers, isKeyword("SELECT") || isKeyword("WITH") else { return nil }
        let query = try SQLQueryParser.query(&self)
        subqueries.append(SQLSubquery(kind: kind, query: query))
        return SQLSubquery.placeholder(subqueries.count - 1, testing: value)
    }

    mutating func predicate() throws -> Expression {
        let e = try additive()
        let comparisons: [String: BinaryOperator] = ["=": .equal, "==": .equal, "!=": .notEqual, "<>": .notEqual,
                                                     "<": .less, "<=": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual]
        if accept(symbol: "<=>") { return .function("eqnullsafe", [e, try additive()]) }
        if case .symbol(let s) = current, let op = comparisons[s] {
            advance()
            return .binary(op, e, try additive())
        }
        if accept(keyword: "IS") {
            let negated = accept(keyword: "NOT")
            try expect(keyword: "NULL")
            return .unary(negated ? .isNotNull : .isNull, e)
        }
        let negated = accept(keyword: "NOT")
        var result: Expression?
        if accept(keyword: "IN") {
            try expect(symbol: "(")
            if let placeholder = try subquery(.membership, testing: e) {
                try expect(symbol: ")")
                return negated ? .unary(.not, placeholder) : placeholder
            }
            var items = [try expression()]
            while accept(symbol: ",") { items.append(try expression()) }
            try expect(symbol: ")")
            result = .function("in", [e] + items)
        } else if accept(keyword: "BETWEEN") {
            let low = try additive()
            try expect(keyword: "AND")
            let high = try additive()
            result = .function("between", [e, low, high])
        } else if accept(keyword: "LIKE") {
            let pattern = try additive()
            // `a LIKE b ESCAPE '/'`: the escape character is the call's third argument.
            result = .function("like", [e, pattern] + (accept(keyword: "ESCAPE") ? [try additive()] : []))
        } else if accept(keyword: "RLIKE") || accept(keyword: "REGEXP") {
            result = .function("rlike", [e, try additive()])
        } else if negated {
            throw near()
        }
        guard let result else { return e }
        return negated ? .unary(.not, result) : result
    }

    mutating func additive() throws -> Expression {
        var e = try multiplicative()
        while true {
            if accept(symbol: "+") { e = .binary(.add, e, try multiplicative()) }
            else if accept(symbol: "-") { e = .binary(.subtract, e, try multiplicative()) }
            else if accept(symbol: "||") { e = .function("concat", [e, try multiplicative()]) }
            else { return e }
        }
    }

    mutating func multiplicative() throws -> Expression {
        var e = try unary()
        while true {
            if accept(symbol: "*") { e = .binary(.multiply, e, try unary()) }
            else if accept(symbol: "/") { e = .binary(.divide, e, try unary()) }
            else if accept(symbol: "%") { e = .binary(.modulo, e, try unary()) }
            else if accept(keyword: "DIV") { e = .function("div", [e, try unary()]) }
            else { return e }
        }
    }

    mutating func unary() throws -> Expression {
        if accept(symbol: "-") {
            // Spark's grammar reads a minus sign before a number as part of the literal (`-5`, `- 0.25`,
            // `-2147483648` is an INT); before anything else it is a negation.
            if case .number(let text) = current {
                advance()
                return try subscripted(.literal(Self.number("-" + text)))
            }
            return .unary(.negate, try unary())
        }
        if accept(symbol: "+") { return try unary() }
        return try subscripted(try primary())
    }

    /// `xs[0]`, `split(s, ',')[1]`: zero-based array access after a primary expression.
    mutating func subscripted(_ base: Expression) throws -> Expression {
        var e = base
        while accept(symbol: "[") {
            let index = try expression()
            try expect(symbol: "]")
            e = .function(ArrayFunctions.itemAccess, [e, index])
        }
        return e
    }
}
