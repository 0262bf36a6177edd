/// A scalar function whose result type or nullability depends on whether its arguments may be null, which
/// plain signatures do not see: `array(a, b)` holds null elements only when an argument may be null, and is
/// itself never null. The binder asks such a function for its signature with the arguments' nullability.
public protocol NullabilityAwareFunction: ScalarFunction {
    func signature(_ argumentTypes: [DataType], argumentsNullable: [Bool], context: FunctionContext) throws
        -> FunctionSignature
    /// Whether the result may be null.
    var resultNullable: Bool { get }
}
