/// A scalar function the engine can call by name: the plug-in point behind `Expression.function`.
///
/// Binding asks the function for its `signature` given the argument types (the binder casts the arguments to
/// `inputs`), evaluation runs over whole column vectors.
public protocol ScalarFunction: Sendable {
    /// The lower-case name Spark SQL knows the function by (`upper`, `date_format`).
    var name: String { get }
    /// How many arguments the function takes.
    var arity: ClosedRange<Int> { get }
    /// The argument types to cast to and the result type, or Spark's data type mismatch error.
    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature
    /// The signature for these bound arguments: for the few functions whose result type depends on a literal
    /// argument (`round(decimal, 2)`); by default the signature of the argument types.
    func signature(of arguments: [BoundExpression], context: FunctionContext) throws -> FunctionSignature
    /// The result for every row of the argument columns.
    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector
    /// The column name Spark generates for a call with these argument names (`upper(country)`).
    func generatedName(_ arguments: [String]) -> String
}

extension ScalarFunction {
    public func signature(of arguments: [BoundExpression], context: FunctionContext) throws -> FunctionSignature {
        try signature(arguments.map(\.dataType), context: context)
    }

    public func generatedName(_ arguments: [String]) -> String {
        "\(name)(\(arguments.joined(separator: ", ")))"
    }
}
