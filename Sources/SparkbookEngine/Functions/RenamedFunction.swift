/// One of Spark's aliases: a function computed as another is, under its own name, which the generated column
/// name prints (`lcase(x)`, not `lower(x)`; `equal_null(a, b)`, not `(a <=> b)`).
public struct RenamedFunction: NullabilityAwareFunction {
    public let name: String
    let base: any ScalarFunction

    public init(_ name: String, _ base: any ScalarFunction) {
        self.name = name
        self.base = base
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

    public func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                         context: FunctionContext) throws -> ColumnVector {
        try base.evaluate(arguments, rowCount: rowCount, signature: signature, context: context)
    }

    public func resultNullable(argumentsNullable: [Bool], argumentTypes: [DataType]) -> Bool {
        (base as? any NullabilityAwareFunction)?.resultNullable(argumentsNullable: argumentsNullable,
                                                                argumentTypes: argumentTypes) ?? true
    }

    public func generatedName(_ arguments: [String]) -> String {
        "\(name)(\(arguments.joined(separator: ", ")))"
    }

    /// Spark's aliases of functions Sparkbook implements: alias -> the function computing it.
    static let builtInAliases: [(alias: String, of: String)] = [
        ("lcase", "lower"), ("ucase", "upper"), ("char_length", "length"), ("character_length", "length"),
        ("sign", "signum"), ("cardinality", "size"), ("equal_null", "eqnullsafe"),
    ]
}
