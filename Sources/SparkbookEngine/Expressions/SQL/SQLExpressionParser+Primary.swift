extension SQLExpressionParser {
    /// Literals, `CASE`, `CAST`, function calls, column references and parentheses.
    mutating func primary() throws -> Expression {
        switch current {
        case .number(let text):
            advance()
            return .literal(try Self.number(text))
        case .string(let s):
            advance()
            return .literal(.string(s))
        case .symbol("("):
            advance()
            if let placeholder = try subquery(.scalar) {
                try expect(symbol: ")")
                return placeholder
            }
            let e = try expression()
            try expect(symbol: ")")
            return e
        case .symbol("*"):
            advance()
            return .star
        case .quotedIdentifier(let name):
            advance()
            return try qualified(name)
        case .identifier(let name):
            switch name.uppercased() {
            case "NULL": advance(); return .literal(.null)
            case "TRUE": advance(); return .literal(.boolean(true))
            case "FALSE": advance(); return .literal(.boolean(false))
            case "CASE": advance(); return try caseExpression()
            case "CAST": advance(); return try castExpression()
            case "DATE" where tokens[position + 1].isString:
                advance()
                guard case .string(let s) = current else { throw near() }
                advance()
                // A typed literal is a value, named `DATE '2024-01-02'` as Spark names it.
                guard let date = try? ValueCast.ansiCast(.string(s), to: .date) else {
                    throw TimestampLiteral.invalid("DATE", s)
                }
                return .literal(date)
            // `X'6162'`: a binary literal of hex digit pairs, named as Spark names it.
            case "X" where tokens[position + 1].isString:
                advance()
                guard case .string(let hex) = current, hex.count % 2 == 0 else { throw near() }
                let digits = hex.compactMap(\.hexDigitValue)
                guard digits.count == hex.count else { throw near() }
                advance()
                return .literal(.binary(stride(from: 0, to: digits.count, by: 2).map { UInt8(digits[$0] << 4 | digits[$0 + 1]) }))
            case "TIMESTAMP" where tokens[position + 1].isString:
                advance()
                guard case .string(let s) = current else { throw near() }
                advance()
                return try TimestampLiteral.expression(s)
            case "TIMESTAMP_NTZ" where tokens[position + 1].isString:
                advance()
                guard case .string(let s) = current else { throw near() }
                advance()
                guard let wall = try? ValueCast.ansiCast(.string(s), to: .timestampNTZ) else {
                    throw TimestampLiteral.invalid("TIMESTAMP_NTZ", s)
                }
                return .literal(wall)
            case "TIME" where tokens[position + 1].isString:
                advance()
                guard case .string(let s) = current else { throw near() }
                advance()
                guard let micros = TimeOfDay.parse(s) else { throw TimestampLiteral.invalid("TIME", s) }
                return .literal(.time(micros))
            case "INTERVAL" where tokens[position + 1].isString || { if case .number = tokens[position + 1] { true } else { false } }():
                advance()
                return .literal(try intervalLiteral())
            default: break
            }
            advance()
            if accept(symbol: "(") { return try windowed(try call(name)) }
            return try qualified(name)
        default:
            throw near()
        }
    }

    /// After `INTERVAL`: `'15' MINUTE` (an ANSI interval of one unit: day to second, or year to month), `'1 day
    /// 2 hours'` or `1 DAY 2 HOURS` (the legacy calendar interval, as Spark reads a multi-unit literal).
    mutating func intervalLiteral() throws -> Value {
        if case .string(let text) = current {
            advance()
            let unit = current.keyword.map { $0.hasSuffix("S") ? String($0.dropLast()) : $0 }
            guard let unit, ["YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND"].contains(unit) else {
                guard let interval = IntervalText.parse(text) else { throw TimestampLiteral.invalid("INTERVAL", text) }
                return .calendarInterval(interval)
            }
            advance()
            guard let parsed = IntervalText.parse((text.hasPrefix("+") ? String(text.dropFirst()) : text) + " " + unit.lowercased()) else {
                throw TimestampLiteral.invalid("INTERVAL", text)
            }
            return unit == "YEAR" || unit == "MONTH" ? .yearMonthInterval(parsed.months)
                : .dayTimeInterval(Int64(parsed.days) * 86_400_000_000 + parsed.micros)
        }
        var text = ""
        while case .number(let n) = current, let unit = tokens[position + 1].keyword {
            text += "\(n) \(unit.lowercased()) "
            advance(); advance()
        }
        guard let interval = IntervalText.parse(text) else { throw near() }
        return .calendarInterval(interval)
    }

    /// `t.col`: the column name alone, or, in a query (`keepsQualifiers`), the name marked with its table's
    /// qualifier, which `spark.sql` turns into that join side's column.
    mutating func qualified(_ name: String) throws -> Expression {
        if accept(symbol: ".") {
            if accept(symbol: "*") { return .star }
            let column = try identifier()
            return .column(keepsQualifiers ? name + String(Self.qualifierMark) + column : column)
        }
        return .column(name)
    }

    /// Separates a kept qualifier from its column name; no column name holds it.
    static let qualifierMark: Character = "\u{1F}"

    /// `("p", "id")` for a column name a query parsed from `p.id`.
    public static func qualifiedName(_ name: String) -> (qualifier: String, column: String)? {
        guard let mark = name.firstIndex(of: qualifierMark) else { return nil }
        return (String(name[..<mark]), String(name[name.index(after: mark)...]))
    }

    mutating func call(_ name: String) throws -> Expression {
        let lower = name.lowercased()
        if lower == "count", accept(symbol: "*") {
            try expect(symbol: ")")
            return .aggregate(.count, .star)
        }
        let distinct = accept(keyword: "DISTINCT")
        var args: [Expression] = []
        if !isSymbol(")") {
            args.append(try argument())
            while accept(symbol: ",") { args.append(try argument()) }
        }
        try expect(symbol: ")")
        if ["aggregate", "reduce"].contains(lower), args.count == 3, LambdaFunction.parts(of: args[2]) != nil {
            args.append(LambdaFunction.identity(id: "sql\(position)"))
        }
        if distinct {
            if lower == "sum", args.count == 1 { return .aggregate(.sumDistinct, args[0]) }
            if lower == "listagg" || lower == "string_agg",
               let call = try AggregateCallBuilder.build(lower, args, distinct: true) { return call }
            guard lower == "count", !args.isEmpty else { throw near() }
            return .aggregate(.countDistinct, DistinctTuple.argument(args))
        }
        if AggregateCallBuilder.sqlNames.contains(lower), let call = try AggregateCallBuilder.build(lower, args) {
            return call
        }
        // `first(x, true)`, `first(x) IGNORE NULLS` (and `last`): the flag is a boolean literal.
        if lower == "first" || lower == "last", args.count == 1 || args.count == 2 {
            var ignoreNulls = false
            if args.count == 2 {
                guard case .literal(.boolean(let flag)) = args[1] else { throw near() }
                ignoreNulls = flag
            }
            if accept(keyword: "IGNORE") { try expect(keyword: "NULLS"); ignoreNulls = true }
            else if accept(keyword: "RESPECT") { try expect(keyword: "NULLS") }
            let function: AggregateFunction = lower == "first" ? (ignoreNulls ? .firstIgnoreNulls : .first)
                : (ignoreNulls ? .lastIgnoreNulls : .last)
            return .aggregate(function, args[0])
        }
        if let aggregate = Self.aggregates[lower] {
            if aggregate == .percentile, args.count == 2 {
                return .aggregate(.percentile, PercentileArgument.argument(args[0], percentage: args[1]))
            }
            if aggregate == .approxCountDistinct, args.count == 2 {
                // The relative SD rides along, left out of the name as Spark leaves it.
                return .aggregate(.approxCountDistinct, AggregateArguments.withLiterals(args[0], [args[1]], named: false))
            }
            let arity = aggregate.takesPair ? 2 : 1
            guard args.count == arity else {
                throw SparkError(.analysis, errorClass: "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                                 message: "The `\(lower)` requires \(arity) parameters but the actual number is \(args.count).",
                                 sqlState: "42605")
            }
            return .aggregate(aggregate, arity == 2 ? AggregatePair.argument(args[0], args[1]) : args[0])
        }
        // Spark SQL spellings of the functions that the DataFrame API names differently.
        switch lower {
        case "substr": return .function("substr", args)
        case "if" where args.count == 3: return .function("if", args)
        case "struct": return StructFunctions.call(args)
        case "arrays_zip": return ArraysZipFunction.call(args)
        // Spark's cast aliases: `float('NaN')` is `CAST('NaN' AS FLOAT)`.
        case _ where args.count == 1 && Self.castAliases.contains(lower):
            return .cast(args[0], try DDLSchemaParser.parseType(lower))
        default: return .function(lower, args)
        }
    }

    static let castAliases: Set<String> = ["boolean", "tinyint", "smallint", "int", "bigint", "float", "double",
                                           "string", "date", "timestamp"]

    static let aggregates: [String: AggregateFunction] = [
        "count": .count, "sum": .sum, "avg": .avg, "mean": .avg, "min": .min, "max": .max, "first": .first,
        "last": .last, "stddev": .stddev, "stddev_samp": .stddevSamp, "std": .std, "stddev_pop": .stddevPop,
        "variance": .variance, "var_samp": .varianceSamp, "var_pop": .variancePop, "count_distinct": .countDistinct,
        "approx_count_distinct": .approxCountDistinct, "collect_list": .collectList, "collect_set": .collectSet,
        "median": .median, "percentile": .percentile, "corr": .corr, "covar_samp": .covarSamp, "covar_pop": .covarPop,
    ]

    mutating func caseExpression() throws -> Expression {
        var subject: Expression?
        if !isKeyword("WHEN") { subject = try expression() }
        var args: [Expression] = []
        while accept(keyword: "WHEN") {
            let condition = try expression()
            try expect(keyword: "THEN")
            args.append(subject.map { .binary(.equal, $0, condition) } ?? condition)
            args.append(try expression())
        }
        guard !args.isEmpty else { throw near() }
        if accept(keyword: "ELSE") { args.append(try expression()) }
        try expect(keyword: "END")
        return .function(ConditionalFunctions.caseWhenName, args)
    }

    mutating func castExpression() throws -> Expression {
        try expect(symbol: "(")
        let e = try expression()
        try expect(keyword: "AS")
        var typeText = try identifier()
        if isSymbol("<") { typeText += try nestedTypeArguments() }
        if accept(symbol: "(") {
            var inner: [String] = []
            while !isSymbol(")") && current != .end {
                if case .number(let n) = current { inner.append(n) }
                advance()
                _ = accept(symbol: ",")
            }
            try expect(symbol: ")")
            typeText += "(" + inner.joined(separator: ",") + ")"
        }
        try expect(symbol: ")")
        return .cast(e, try DDLSchemaParser.parseType(typeText))
    }

    /// `<string>`, `<array<int>>` after `ARRAY` in a cast, as DDL text.
    mutating func nestedTypeArguments() throws -> String {
        var text = "", depth = 0
        repeat {
            switch current {
            case .symbol(let s): text += s; depth += s == "<" ? 1 : s == ">" ? -1 : 0
            case .identifier(let name): text += name
            case .number(let n): text += n
            default: throw near()
            }
            advance()
        } while depth > 0
        return text
    }

    static func number(_ text: String) throws -> Value {
        let upper = text.uppercased()
        if upper.hasSuffix("L"), let v = Int64(text.dropLast()) { return .long(v) }
        if upper.hasSuffix("BD"), let decimal = decimalLiteral(String(text.dropLast(2))) { return .decimal(decimal) }
        if upper.hasSuffix("D"), let v = Double(text.dropLast()) { return .double(v) }
        if upper.hasSuffix("F"), let v = Float(text.dropLast()) { return .float(v) }
        if upper.hasSuffix("Y") || upper.hasSuffix("S") {
            let digits = String(text.dropLast())
            let value: Value? = upper.hasSuffix("Y") ? Int8(digits).map(Value.byte) : Int16(digits).map(Value.short)
            guard let value else { throw SQLLexer.syntaxError("'\(text)'") }
            return value
        }
        if !text.contains(".") && !upper.contains("E") {
            if let v = Int32(text) { return .integer(v) }
            if let v = Int64(text) { return .long(v) }
        }
        // Spark reads `1.5` (and an integer too long for BIGINT) as an exact decimal of just its digits:
        // `0.10` is decimal(2,2), `100.5` decimal(4,1); only an exponent (`1.5E3`) or `D` makes a double.
        if !upper.contains("E"), let decimal = decimalLiteral(text) { return .decimal(decimal) }
        guard let d = Double(text) else { throw SQLLexer.syntaxError("'\(text)'") }
        return .double(d)
    }

    /// `BigDecimal(text)` as Spark types a literal: scale = digits after the point, precision = max(digits, scale).
    private static func decimalLiteral(_ text: String) -> DecimalValue? {
        guard let (value, scale) = DecimalValue.parse(Substring(text)), scale >= 0, let unscaled = value.int128
        else { return nil }
        let precision = max(value.magnitudeDigits.count, scale)
        guard precision <= DecimalPrecision.maxPrecision else { return nil }
        return DecimalValue(unscaled: unscaled, precision: precision, scale: scale)
    }
}

extension SQLToken {
    var isString: Bool {
        if case .string = self { return true }
        return false
    }
}
