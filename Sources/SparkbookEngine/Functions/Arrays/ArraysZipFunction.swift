/// `arrays_zip(a, b, ...)`: an array of structs, the i-th holding each array's i-th element (null past a
/// shorter array's end); null when any array is. Its fields are named by the arguments (a column by its name,
/// anything else by its position, as Spark's analyzer names them), so the call carries the names as leading
/// literals, as `struct(...)` does: `__arrays_zip(names..., arrays...)`, named `arrays_zip(arrays)`.
public struct ArraysZipFunction: NullabilityAwareFunction {
    public static let internalName = "__arrays_zip"

    /// The call over `arrays`, with Spark's field names.
    public static func call(_ arrays: [Expression]) -> Expression {
        let names = arrays.enumerated().map { i, array -> Expression in
            let named: String? = switch array {
            case .alias(_, let name): name
            case .column(let name), .dataFrameColumn(let name, _): name.split(separator: ".").last.map(String.init) ?? name
            case .function(StructFunctions.fieldAccess, let args):
                if case .literal(.string(let field))? = args.last { field } else { nil }
            default: nil
            }
            return .literal(.string(named ?? "\(i)"))
        }
        return .function(internalName, names + arrays)
    }

    public var name: String { Self.internalName }
    public var arity: ClosedRange<Int> { 0...Int.max }

    public func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        throw SparkError(.analysis, message: "arrays_zip needs its field names")
    }

    public func signature(of arguments: [BoundExpression], argumentsNullable: [Bool], context: FunctionContext) throws
        -> FunctionSignature {
        let half = arguments.count / 2
        var fields: [StructField] = []
        for i in half..<arguments.count {
            guard case .literal(.string(let fieldName), _) = arguments[i - half] else {
                throw SparkError(.analysis, message: "arrays_zip needs its field names")
            }
            guard let element = arguments[i].dataType.arrayElement else {
                throw ArgumentTypeMismatch(argument: i - half, .parameter(required: "\"ARRAY\""), actual: arguments[i].dataType)
            }
            fields.append(StructField(fieldName, element, nullable: true))
        }
        return FunctionSignature(inputs: arguments.map(\.dataType),
                                 result: .array(element: .structure(StructType(fields)), containsNull: false))
    }

    public func resultNullable(argumentsNullable: [Bool], argumentTypes: [DataType]) -> Bool {
        argumentsNullable.dropFirst(argumentsNullable.count / 2).contains(true)
    }

    public func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                         context: FunctionContext) throws -> ColumnVector {
        let half = arguments.count / 2
        let names = signature.result.arrayElement?.structFields?.names ?? []
        var builder = ColumnBuilder(type: signature.result, capacity: rowCount)
        for row in 0..<rowCount {
            let arrays = arguments.dropFirst(half).map { $0.value(at: row).arrayElements }
            guard arrays.allSatisfy({ $0 != nil }) else { builder.appendNull(); continue }
            let length = arrays.map { $0!.count }.max() ?? 0
            builder.append(.array((0..<length).map { i in
                .structure(names: names, values: arrays.map { i < $0!.count ? $0![i] : .null })
            }))
        }
        return builder.finish()
    }

    public func generatedName(_ arguments: [String]) -> String {
        "arrays_zip(\(arguments.dropFirst(arguments.count / 2).joined(separator: ", ")))"
    }
}
