/// `col.try_cast(type)`: the cast, or null where the value does not fit the type (Spark's `try_cast`, a Cast
/// in TRY mode). The target type rides along as a null literal of that type (the second argument), since a
/// function's signature sees argument types, not values; the column keeps its input's name, as a cast does.
public enum TryCastFunction {
    public static let name = "try_cast"

    /// The call `try_cast(value AS type)` as an expression.
    public static func call(_ value: Expression, _ type: DataType) -> Expression {
        .function(name, [value, .cast(.literal(.null), type)])
    }

    static let function: any ScalarFunction = TryCast()

    struct TryCast: ScalarFunction {
        let name = TryCastFunction.name
        let arity = 2...2

        func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
            FunctionSignature(inputs: argumentTypes, result: argumentTypes[1])
        }

        func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                      context: FunctionContext) throws -> ColumnVector {
            var builder = ColumnBuilder(type: signature.result, capacity: rowCount)
            for row in 0..<rowCount {
                builder.append((try? ValueCast.ansiCast(arguments[0].value(at: row), to: signature.result)) ?? .null)
            }
            return builder.finish()
        }

        func generatedName(_ arguments: [String]) -> String { arguments[0] }
    }
}
