/// One of Spark's aliases: a function computed as another is, under its own name, which the generated column
/// name prints (`lcase(x)`, not `lower(x)`; `equal_null(a, b)`, not `(a <=> b)`).
public struct RenamedFunction: NullabilityAwareFunction {
    public let name: String
    let base: any ScalarFunction
    /// How Spark prints the alias when not as its lower-case name (`REGEXP(str, re)`).
    let printed: String?

    public init(_ name: String, _ base: any ScalarFunction, printedAs printed: String? = nil) {
        self.name = name
        self.base = base
        self.printed = printed
    }

    public var arity: ClosedRange<Int> { base.arity }

    public func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        try base.signature(argumentTypes, context: context)
    }

    public func signature(_ argumentTypes: [DataType], argumentsNullable: [Bool], context: FunctionContext) throws
        -> FunctionSignature {
        guard let aware = base as? any NullabilityAwareFunction else { return try signature(argumentTypes, context: context) }
        return try aware.signature(argumentTypes, argumentsNullable: argumentsNullable, context: context)
    }

    public func signature(of arguments: [BoundExpression], context: FunctionContext) throws -> FunctionSignature {
        try base.signature(of: arguments, context: context)
    }

    /// The base's signature for the bound arguments, so a literal argument that decides the type (`ceiling(x, 1)`'s
    /// scale) reaches it.
    public func signature(of arguments: [BoundExpression], argumentsNullable: [Bool], context: FunctionContext) throws
        -> FunctionSignature {
        guard let aware = base as? any NullabilityAwareFunction else { return try base.signature(of: arguments, context: context) }
        return try aware.signature(of: arguments, argumentsNullable: argumentsNullable, context: context)
    }

    public func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                         context: FunctionContext) throws -> ColumnVector {
        try base.evaluate(arguments, rowCount: rowCount, signature: signature, context: context)
    }

    public func resultNullable(argumentsNullable: [Bool], argumentTypes: [DataType]) -> Bool {
        (base as? any NullabilityAwareFunction)?.resultNullable(argumentsNullable: argumentsNullable,
                                                                argumentTypes: argumentTypes) ?? true
    }

    public func generatedName(_ arguments: [String]) -> String {
        "\(printed ?? name)(\(arguments.joined(separator: ", ")))"
    }

    /// Spark's aliases of functions Sparkbook implements: alias, the function computing it, how it prints.
    static let builtInAliases: [(alias: String, of: String, printed: String?)] = [
        ("lcase", "lower", nil), ("ucase", "upper", nil), ("char_length", "length", nil),
        ("character_length", "length", nil), ("sign", "signum", nil), ("cardinality", "size", nil),
        ("equal_null", "eqnullsafe", nil), ("getbit", "bit_get", nil), ("sha", "sha1", nil), ("position", "locate", nil),
        ("regexp", "rlike", "REGEXP"), ("regexp_like", "rlike", "REGEXP_LIKE"),
        ("date_diff", "datediff", nil), ("to_timestamp_ltz", "to_timestamp", nil),
        ("now", "current_timestamp", nil), ("curdate", "current_date", "current_date"),
        ("ceiling", "ceil", nil), ("ifnull", "nvl", nil), ("chr", "char", nil),
    ]
}
