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
        // Higher-order calls of one function differ by their lambdas.
        if let a = l.function as? HigherOrderCall { guard a == r.function as? HigherOrderCall else { return false } }
        return l.function.name == r.function.name && l.signature == r.signature && l.context == r.context
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(function.name)
        hasher.combine(signature)
    }
}
