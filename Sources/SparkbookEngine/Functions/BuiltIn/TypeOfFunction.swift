/// `typeof(x)`: the argument's type as Spark's SQL writes it (`int`, `decimal(10,0)`, `array<string>`); a string
/// that is never null, even for a null argument. The type comes from the signature, not from the values.
struct TypeOfFunction: NullabilityAwareFunction {
    static let function = TypeOfFunction()
    let name = "typeof"
    let arity = 1...1

    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        FunctionSignature(inputs: argumentTypes, result: .string)
    }

    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        let text = Value.string(signature.inputs[0] == .null ? "void" : signature.inputs[0].simpleString)
        var builder = ColumnBuilder(type: .string, capacity: rowCount)
        for _ in 0..<rowCount { builder.append(text) }
        return builder.finish()
    }

    func resultNullable(argumentsNullable: [Bool], argumentTypes: [DataType]) -> Bool { false }
}
