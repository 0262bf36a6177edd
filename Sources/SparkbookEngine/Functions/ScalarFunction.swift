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

/// A bound call's types: what each argument is cast to, and what the function returns.
public struct FunctionSignature: Sendable, Hashable {
    public let inputs: [DataType]
    public let result: DataType

    public init(inputs: [DataType], result: DataType) {
        self.inputs = inputs
        self.result = result
    }
}

/// What a function may depend on besides its arguments: the session time zone and the query's start time.
public struct FunctionContext: Sendable, Hashable {
    public let sessionTimeZone: String
    /// Microseconds since the epoch when the query was planned (`current_date()` is constant per query).
    public let queryStartMicros: Int64

    public init(sessionTimeZone: String = "UTC", queryStartMicros: Int64 = 0) {
        self.sessionTimeZone = sessionTimeZone
        self.queryStartMicros = queryStartMicros
    }
}

/// A function resolved for one call site; compared by name and types so bound plans stay `Hashable`.
public struct BoundFunction: Sendable, Hashable {
    public let function: any ScalarFunction
    public let signature: FunctionSignature
    public let context: FunctionContext

    public init(function: any ScalarFunction, signature: FunctionSignature, context: FunctionContext) {
        self.function = function
        self.signature = signature
        self.context = context
    }

    public static func == (l: BoundFunction, r: BoundFunction) -> Bool {
        l.function.name == r.function.name && l.signature == r.signature && l.context == r.context
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(function.name)
        hasher.combine(signature)
    }
}
