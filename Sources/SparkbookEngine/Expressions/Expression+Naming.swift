/// The column names Spark generates for unaliased expressions (`count(1)`, `sum(amount)`, `(a + 1)`).
extension Expression {
    public var generatedName: String {
        switch self {
        case .column(let name), .dataFrameColumn(let name, _), .columnAt(_, let name): name
        case .star: "*"
        case .literal(let value): value.literalName
        case .alias(_, let name): name
        case .aggregate(let function, .star) where function == .count: "count(1)"
        case .aggregate(.countDistinct, let argument): "count(DISTINCT \(argument.generatedName))"
        case .aggregate(let function, let argument): "\(function.sqlName)(\(argument.generatedName))"
        case .function(let name, let arguments):
            (FunctionRegistry.builtIn.function(named: name)?.generatedName(arguments.map(\.generatedName)))
                ?? "\(name)(\(arguments.map(\.generatedName).joined(separator: ", ")))"
        case .sortOrder(let e, let direction): "\(e.generatedName) \(direction.sql)"
        case .window(let call, let spec): "\(call.generatedName) \(spec.generatedName(for: call))"
        case .unary(.negate, let e): "(- \(e.generatedName))"
        case .unary(.not, let e): "(NOT \(e.generatedName))"
        case .unary(.isNull, let e): "(\(e.generatedName) IS NULL)"
        case .unary(.isNotNull, let e): "(\(e.generatedName) IS NOT NULL)"
        // Spark builds `a != b` as `NOT (a = b)`, and names it so.
        case .binary(.notEqual, let l, let r): "(NOT (\(l.generatedName) = \(r.generatedName)))"
        case .binary(let op, let l, let r): "(\(l.generatedName) \(op.sparkSymbol) \(r.generatedName))"
        // Spark names a cast of a column after the column (`col("n").cast("int")` is `n`); any other cast is
        // `CAST(x AS INT)`.
        case .cast(let e, _) where e.isNamed: e.generatedName
        case .cast(let e, let type): "CAST(\(e.generatedName) AS \(type.simpleString.uppercased()))"
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
        case .double(let v): JavaDoubleText.text(v)
        case .byte(let v): String(v)
        case .short(let v): String(v)
        case .float(let v): JavaFloatText.text(v)
        case .string(let v): v
        case .boolean(let v): v ? "true" : "false"
        case .timestamp, .date:
            "\(dataType == .date ? "DATE" : "TIMESTAMP") '\(ValueCast.sqlText(self))'"
        case .decimal(let d): d.javaText
        case .array(let elements): "array(" + elements.map(\.literalName).joined(separator: ", ") + ")"
        }
    }
}
