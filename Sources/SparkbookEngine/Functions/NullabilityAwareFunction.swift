/// A scalar function that knows when its result may be null, or whose result type depends on whether its
/// arguments may be null: `array(a, b)` is never null and holds null elements only when an argument may be
/// null; `size(xs)` is null only when `xs` may be. Other functions are taken to be always nullable.
public protocol NullabilityAwareFunction: ScalarFunction {
    func signature(_ argumentTypes: [DataType], argumentsNullable: [Bool], context: FunctionContext) throws
        -> FunctionSignature
    /// Whether the result may be null, given whether each argument may be.
    func resultNullable(argumentsNullable: [Bool], argumentTypes: [DataType]) -> Bool
    /// The signature for these bound arguments (a struct's field names are literal arguments).
    func signature(of arguments: [BoundExpression], argumentsNullable: [Bool], context: FunctionContext) throws
        -> FunctionSignature
}

extension NullabilityAwareFunction {
    public func signature(of arguments: [BoundExpression], argumentsNullable: [Bool], context: FunctionContext) throws
        -> FunctionSignature {
        try signature(arguments.map(\.dataType), argumentsNullable: argumentsNullable, context: context)
    }

    public func signature(_ argumentTypes: [DataType], argumentsNullable: [Bool], context: FunctionContext) throws
        -> FunctionSignature {
        try signature(argumentTypes, context: context)
    }
}

/// A row function with Spark's nullability rule for its result.
struct NullabilityRule: NullabilityAwareFunction {
    let base: RowFunction
    let rule: @Sendable (_ argumentsNullable: [Bool], _ argumentTypes: [DataType]) -> Bool

    init(_ base: RowFunction, rule: @escaping @Sendable ([Bool], [DataType]) -> Bool) {
        self.base = base
        self.rule = rule
    }

    /// Null only when an argument may be null (`size`, `sort_array`, `split`).
    init(nullIntolerant base: RowFunction) {
        self.init(base) { nullable, _ in nullable.contains(true) }
    }

    var name: String { base.name }
    var arity: ClosedRange<Int> { base.arity }

    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        try base.signature(argumentTypes, context: context)
    }

    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        try base.evaluate(arguments, rowCount: rowCount, signature: signature, context: context)
    }

    func generatedName(_ arguments: [String]) -> String { base.generatedName(arguments) }

    func resultNullable(argumentsNullable: [Bool], argumentTypes: [DataType]) -> Bool {
        rule(argumentsNullable, argumentTypes)
    }
}

extension BoundExpression {
    /// Whether the expression may be null, with column nullability taken from `schema`.
    public func nullable(in schema: StructType) -> Bool {
        nullable(column: { schema[$0].nullable })
    }
}
