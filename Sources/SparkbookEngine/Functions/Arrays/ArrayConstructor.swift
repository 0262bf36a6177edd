/// `array(a, b, ...)`: one array per row from its arguments, cast to their common type. Never null itself;
/// its elements may be null when an argument may be.
struct ArrayConstructor: NullabilityAwareFunction {
    let name = "array"
    let arity = 0...1000

    func resultNullable(argumentsNullable: [Bool], argumentTypes: [DataType]) -> Bool { false }

    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        try signature(argumentTypes, argumentsNullable: argumentTypes.map { _ in true }, context: context)
    }

    func signature(_ argumentTypes: [DataType], argumentsNullable: [Bool], context: FunctionContext) throws
        -> FunctionSignature {
        var element = DataType.null
        for type in argumentTypes {
            guard let common = TypeCoercion.commonType(element, type) else {
                throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.DATA_DIFF_TYPES",
                                 message: "Cannot resolve \"array\" due to data type mismatch: Input to `array` should all be the same type, but it's [\(argumentTypes.map { "\"\($0.simpleString.uppercased())\"" }.joined(separator: ", "))].",
                                 sqlState: "42K09")
            }
            element = common
        }
        let containsNull = zip(argumentTypes, argumentsNullable).contains { $0 == .null || $1 }
        return FunctionSignature(inputs: argumentTypes.map { _ in element },
                                 result: .array(element: element, containsNull: containsNull))
    }

    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        var builder = ColumnBuilder(type: signature.result, capacity: rowCount)
        for row in 0..<rowCount {
            builder.append(.array(arguments.map { $0.value(at: row) }))
        }
        return builder.finish()
    }
}
