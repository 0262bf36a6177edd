/// `CAST` where the session time zone matters (to and from timestamps), bound as a function so that it
/// carries the zone; the result type is the cast's target.
struct ZonedCast: ScalarFunction {
    let name = "cast"
    let arity = 1...1

    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        FunctionSignature(inputs: argumentTypes, result: .string)
    }

    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        var builder = ColumnBuilder(type: signature.result, capacity: rowCount)
        for row in 0..<rowCount {
            builder.append(try ValueCast.ansiCast(arguments[0].value(at: row), to: signature.result,
                                                  sessionTimeZone: context.sessionTimeZone))
        }
        return builder.finish()
    }
}
