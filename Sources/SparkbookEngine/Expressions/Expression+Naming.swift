import SparkbookUtilities
/// The column names Spark generates for unaliased expressions (`count(1)`, `sum(amount)`, `(a + 1)`).
extension Expression {
    /// Spark names a cast of a column after the column (`col("n").cast("int")` is `n`), but only as a whole
    /// select item: inside another expression it is `CAST(n AS INT)` (`length(CAST(id AS STRING))`).
    public var generatedName: String {
        if case .cast(let e, _) = self, e.isNamed { return e.generatedName }
        return nestedName
    }

    /// The name of the expression as part of another one.
    var nestedName: String {
        switch self {
        case .column(let name), .dataFrameColumn(let name, _), .columnAt(_, let name): name
        case .star: "*"
        case .literal(let value): value.literalName
        case .alias(_, let name): name
        case .aggregate(let function, .star) where function == .count: "count(1)"
        case .aggregate(let function, let argument): function.generatedName(argument.nestedName)
        // A lambda's variables are all named alike, as Spark names Python's and SQL's lambdas.
        case .function(LambdaFunction.variableName, _): "namedlambdavariable()"
        // `exists(xs, x -> ...)` is not the `EXISTS (subquery)` test of the same name.
        case .function(let name, let arguments) where HigherOrderFunction.call(name, arguments) != nil:
            "\(name)(\(arguments.map(\.nestedName).joined(separator: ", ")))"
        case .function(let name, let arguments):
            (FunctionRegistry.builtIn.function(named: name)?.generatedName(arguments.map(\.nestedName)))
                ?? "\(FunctionRegistry.shownName(name))(\(arguments.map(\.nestedName).joined(separator: ", ")))"
        case .sortOrder(let e, let direction): "\(e.nestedName) \(direction.sql)"
        case .window(let call, let spec): "\(call.generatedName) \(spec.generatedName(for: call))"
        case .unary(.negate, let e): "(- \(e.nestedName))"
        case .unary(.not, let e): "(NOT \(e.nestedName))"
        case .unary(.isNull, let e): "(\(e.nestedName) IS NULL)"
        case .unary(.isNotNull, let e): "(\(e.nestedName) IS NOT NULL)"
        // Spark builds `a != b` as `NOT (a = b)`, and names it so.
        case .binary(.notEqual, let l, let r): "(NOT (\(l.nestedName) = \(r.nestedName)))"
        case .binary(let op, let l, let r): "(\(l.nestedName) \(op.sparkSymbol) \(r.nestedName))"
        case .cast(let e, let type): "CAST(\(e.nestedName) AS \(type.simpleString.uppercased()))"
        }
    }
}

extension Expression {
    /// A column reference or an alias: what Spark calls a named expression.
    var isNamed: Bool {
        switch self {
        case .column, .alias: true
        default: false
        }
    }
}

extension Value {
    /// How a literal names its column in Spark (`lit(1)` is `1`, `lit("a")` is `a`, `lit(None)` is `NULL`).
    var literalName: String {
        switch self {
        case .null: "NULL"
        case .integer(let v): String(v)
        case .long(let v): String(v)
        case .double(let v): JavaNumberText.double(v)
        case .byte(let v): String(v)
        case .short(let v): String(v)
        case .float(let v): JavaNumberText.float(v)
        case .string(let v): v
        case .binary(let v): "X'" + Value.hexText(v) + "'"
        case .boolean(let v): v ? "true" : "false"
        case .timestamp, .date:
            "\(dataType == .date ? "DATE" : "TIMESTAMP") '\(ValueCast.sqlText(self))'"
        case .decimal(let d): d.javaText
        case .timestampNTZ: "TIMESTAMP_NTZ '\(ValueCast.sqlText(self))'"
        case .time: "TIME '\(ValueCast.sqlText(self))'"
        case .dayTimeInterval, .yearMonthInterval, .calendarInterval: ValueCast.sqlText(self)
        case .array(let elements): "array(" + elements.map(\.literalName).joined(separator: ", ") + ")"
        case .map(let keys, let values):
            "map(" + zip(keys, values).map { "\($0.literalName), \($1.literalName)" }.joined(separator: ", ") + ")"
        case .structure(let names, let values):
            "named_struct(" + zip(names, values).map { "\($0), \($1.literalName)" }.joined(separator: ", ") + ")"
        case .variant(let v): v.json()
        }
    }
}
