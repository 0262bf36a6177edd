/// A bound call's types: what each argument is cast to, and what the function returns.
public struct FunctionSignature: Sendable, Hashable {
    public let inputs: [DataType]
    public let result: DataType

    public init(inputs: [DataType], result: DataType) {
        self.inputs = inputs
        self.result = result
    }
}
