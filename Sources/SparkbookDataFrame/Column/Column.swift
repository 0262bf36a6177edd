import SparkbookEngine

/// A column expression (`F.col("a")`, `F.sum("amount").alias("total")`): a value holding an unresolved
/// expression, resolved only when the DataFrame that uses it is planned.
public struct Column: Sendable, Hashable, CustomStringConvertible {
    public let expression: Expression

    public init(_ expression: Expression) {
        self.expression = expression
    }

    /// A column by name, as `F.col(name)`; `"*"` is every column.
    public init(_ name: String) {
        self.expression = name == "*" ? .star : .column(name)
    }

    public func alias(_ name: String) -> Column {
        var inner = expression
        if case .alias(let e, _) = inner { inner = e }
        return Column(.alias(inner, name: name))
    }

    /// `alias("k", "v")`: a name for each column a generator adds (only a generator takes several).
    public func alias(_ names: [String]) -> Column {
        guard names.count != 1 else { return alias(names[0]) }
        var inner = expression
        if case .alias(let e, _) = inner { inner = e }
        return Column(.function(GeneratorCall.multiAlias, [inner] + names.map { .literal(.string($0)) }))
    }

    public func name(_ name: String) -> Column { alias(name) }
    public func cast(_ type: DataType) -> Column { Column(.cast(expression, type)) }
    /// `col.alias(name, metadata={...})`: the alias carrying a JSON object to its field (`ColumnMetadata`).
    public func alias(_ name: String, metadataJSON: String) -> Column {
        Column(.alias(ColumnMetadata.call(expression, json: metadataJSON), name: name))
    }
    /// `col.try_cast(type)`: the cast, null where a value does not fit (`TryCastFunction`).
    public func tryCast(_ type: DataType) -> Column { Column(TryCastFunction.call(expression, type)) }
    public func isNull() -> Column { Column(.unary(.isNull, expression)) }
    public func isNotNull() -> Column { Column(.unary(.isNotNull, expression)) }

    /// `Column<'name'>`, as PySpark's repr shows a column.
    public var description: String { "Column<'\(expression.columnRepr)'>" }
}

extension Column {
    public static func + (l: Column, r: Column) -> Column { Column(.binary(.add, l.expression, r.expression)) }
    public static func - (l: Column, r: Column) -> Column { Column(.binary(.subtract, l.expression, r.expression)) }
    public static func * (l: Column, r: Column) -> Column { Column(.binary(.multiply, l.expression, r.expression)) }
    public static func / (l: Column, r: Column) -> Column { Column(.binary(.divide, l.expression, r.expression)) }
    public static func % (l: Column, r: Column) -> Column { Column(.binary(.modulo, l.expression, r.expression)) }
    public static func & (l: Column, r: Column) -> Column { Column(.binary(.and, l.expression, r.expression)) }
    public static func | (l: Column, r: Column) -> Column { Column(.binary(.or, l.expression, r.expression)) }
    public static prefix func ~ (c: Column) -> Column { Column(.unary(.not, c.expression)) }
    /// Spark's Column API negation is the `negative` function (named `negative(x)`; SQL's `-x` is `(- x)`).
    public static prefix func - (c: Column) -> Column { Column(.function("negative", [c.expression])) }

    /// A comparison; named methods because `==` must stay Swift equality for a Hashable value.
    public func compare(_ op: BinaryOperator, _ other: Column) -> Column {
        Column(.binary(op, expression, other.expression))
    }
}
