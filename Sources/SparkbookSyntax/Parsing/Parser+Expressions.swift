/// Expressions by precedence, loosest first, as in Python's grammar:
/// conditional < `or` < `and` < `not` < comparisons < `|` < `^` < `&` < shifts <
/// `+ -` < `* / // %` < unary `+ - ~` < `**` < primaries (calls, attributes, subscripts).
/// So `a & b | ~c` is `(a & b) | (~c)` and `x == 1 & y` is `x == (1 & y)`.
extension Parser {
    /// `expr, expr, ...` (a tuple when there is a comma), allowing `*expr` elements.
    mutating func parseStarExpressions() throws -> Expr {
        let start = current.span.start
        let first = try parseStarOrExpression()
        guard check(.comma) else { return first }
        var elements = [first]
        while consume(.comma) != nil, startsExpression(current) {
            elements.append(try parseStarOrExpression())
        }
        return Expr(.tuple(elements), span: span(from: start))
    }

    mutating func parseStarOrExpression() throws -> Expr {
        guard let star = consume(.star) else { return try parseNamedExpression() }
        let operand = try parseBitwiseOr()
        return Expr(.starred(operand), span: span(from: star.span.start))
    }

    /// An expression where Python would allow `name := value`, which is rejected.
    mutating func parseNamedExpression() throws -> Expr {
        let expr = try parseExpression()
        if check(.walrus) { throw unsupportedWalrus(current) }
        return expr
    }

    /// `body if condition else orElse`, or anything tighter.
    mutating func parseExpression() throws -> Expr {
        if let unsupported = unsupportedExpressionKeyword(current) { throw unsupported }
        if check(.lambda) { return try parseLambda() }
        let start = current.span.start
        let body = try parseOr()
        guard consume(.if) != nil else { return body }
        let condition = try parseOr()
        guard consume(.else) != nil else {
            throw error("expected 'else' after 'if' expression", at: current,
                        suggestion: "a conditional expression needs both branches: `a if condition else b`")
        }
        let orElse = try parseExpression()
        return Expr(.conditional(condition: condition, body: body, orElse: orElse), span: span(from: start))
    }

    mutating func parseOr() throws -> Expr {
        let start = current.span.start
        var left = try parseAnd()
        while consume(.or) != nil {
            let right = try parseAnd()
            left = Expr(.logical(.or, left, right), span: span(from: start))
        }
        return left
    }

    mutating func parseAnd() throws -> Expr {
        let start = current.span.start
        var left = try parseNot()
        while consume(.and) != nil {
            let right = try parseNot()
            left = Expr(.logical(.and, left, right), span: span(from: start))
        }
        return left
    }

    mutating func parseNot() throws -> Expr {
        guard let notToken = consume(.not) else { return try parseComparison() }
        let operand = try parseNot()
        return Expr(.unary(.not, operand), span: span(from: notToken.span.start))
    }

    mutating func parseComparison() throws -> Expr {
        let start = current.span.start
        let first = try parseBitwiseOr()
        var links: [ComparisonLink] = []
        while let op = consumeComparisonOperator() {
            links.append(ComparisonLink(op, try parseBitwiseOr()))
        }
        return links.isEmpty ? first : Expr(.compare(first, links), span: span(from: start))
    }

    private mutating func consumeComparisonOperator() -> ComparisonOperator? {
        switch current.kind {
        case .punctuator(let p):
            let map: [Punctuator: ComparisonOperator] = [
                .equalEqual: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual,
                .greater: .greater, .greaterEqual: .greaterEqual,
            ]
            guard let op = map[p] else { return nil }
            advance()
            return op
        case .keyword(.in):
            advance()
            return .in
        case .keyword(.not) where peek().isKeyword(.in):
            advance()
            advance()
            return .notIn
        case .keyword(.is):
            advance()
            return consume(.not) != nil ? .isNot : .is
        default:
            return nil
        }
    }

    /// Binary operator levels from `|` down to `* / // %`, each left-associative.
    private static let binaryLevels: [[Punctuator: BinaryOperator]] = [
        [.pipe: .bitOr],
        [.caret: .bitXor],
        [.ampersand: .bitAnd],
        [.leftShift: .leftShift, .rightShift: .rightShift],
        [.plus: .add, .minus: .subtract],
        [.star: .multiply, .slash: .divide, .doubleSlash: .floorDivide, .percent: .modulo],
    ]

    mutating func parseBitwiseOr() throws -> Expr { try parseBinary(level: 0) }

    private mutating func parseBinary(level: Int) throws -> Expr {
        guard level < Parser.binaryLevels.count else { return try parseFactor() }
        let start = current.span.start
        var left = try parseBinary(level: level + 1)
        while true {
            if check(.at) { throw unsupportedMatrixMultiply(current) }
            guard case .punctuator(let p) = current.kind, let op = Parser.binaryLevels[level][p] else { return left }
            advance()
            let right = try parseBinary(level: level + 1)
            left = Expr(.binary(op, left, right), span: span(from: start))
        }
    }

    /// Unary `-x`, `+x`, `~x`; binds looser than `**` (`-2 ** 2` is `-(2 ** 2)`).
    mutating func parseFactor() throws -> Expr {
        let ops: [Punctuator: UnaryOperator] = [.minus: .negate, .plus: .plus, .tilde: .invert]
        guard case .punctuator(let p) = current.kind, let op = ops[p] else { return try parsePower() }
        let opToken = advance()
        let operand = try parseFactor()
        return Expr(.unary(op, operand), span: span(from: opToken.span.start))
    }

    /// `primary ** factor`, right-associative through `parseFactor`.
    mutating func parsePower() throws -> Expr {
        let start = current.span.start
        let base = try parsePrimary()
        guard consume(.doubleStar) != nil else { return base }
        let exponent = try parseFactor()
        return Expr(.binary(.power, base, exponent), span: span(from: start))
    }
}
