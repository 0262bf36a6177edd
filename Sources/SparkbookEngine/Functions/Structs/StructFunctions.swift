/// Spark's struct constructors and field access, on typed columns: `struct(a, b)` and
/// `named_struct('x', a, ...)` wrap their argument columns as the struct's children (no value per row), and a
/// field access (`s.a`, `s['a']`, `getField`) hands back the child column, nulled where the struct is null.
public enum StructFunctions {
    /// The internal name of `struct(...)`: its first half of arguments are the field names as literals (the
    /// DataFrame API knows them from the argument columns), its second half the values; named `struct(values)`.
    public static let structCall = "__struct"
    /// The internal name of a field access: the struct, then the field name as a literal.
    public static let fieldAccess = "__struct_field"

    /// `struct(values...)` as a call: each field named by its argument (an alias, a column's last name part,
    /// a field's name), else `colN`, as Spark's `CreateStruct` names them.
    public static func call(_ values: [Expression]) -> Expression {
        let names = values.enumerated().map { i, value -> Expression in
            .literal(.string(fieldName(value) ?? "col\(i + 1)"))
        }
        return .function(structCall, names + values)
    }

    private static func fieldName(_ expression: Expression) -> String? {
        switch expression {
        case .alias(_, let name): name
        case .column(let name), .dataFrameColumn(let name, _):
            name.split(separator: ".").last.map(String.init) ?? name
        case .function(fieldAccess, let args):
            if case .literal(.string(let field)) = args.last { field } else { nil }
        default: nil
        }
    }

    static let all: [any ScalarFunction] = [
        StructConstructor(name: "named_struct", interleaved: true),
        StructConstructor(name: structCall, interleaved: false),
        FieldAccess(),
    ]

    /// `named_struct(name1, value1, ...)` (interleaved) or `__struct(names..., values...)`: never null; each
    /// field as nullable as its argument.
    struct StructConstructor: NullabilityAwareFunction {
        let name: String
        let interleaved: Bool
        var arity: ClosedRange<Int> { 0...510 }

        private func split(_ count: Int) -> (names: [Int], values: [Int]) {
            interleaved ? (Array(stride(from: 0, to: count, by: 2)), Array(stride(from: 1, to: count, by: 2)))
                : (Array(0..<count / 2), Array(count / 2..<count))
        }

        func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
            throw SparkError(.analysis, message: "\(name) needs its field names")
        }

        func signature(of arguments: [BoundExpression], argumentsNullable: [Bool], context: FunctionContext) throws
            -> FunctionSignature {
            guard arguments.count % 2 == 0 else {
                throw SparkError(.analysis, errorClass: "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                                 message: "The `named_struct` requires 2n (n > 0) parameters but the actual number is \(arguments.count).",
                                 sqlState: "42605")
            }
            let (names, values) = split(arguments.count)
            var fields: [StructField] = []
            for (n, v) in zip(names, values) {
                guard case .literal(.string(let fieldName), _) = arguments[n] else {
                    throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.CREATE_NAMED_STRUCT_WITHOUT_FOLDABLE_STRING",
                                     message: "Cannot resolve \"named_struct\" due to data type mismatch: Only foldable `STRING` expressions are allowed to appear at odd position.",
                                     sqlState: "42K09")
                }
                fields.append(StructField(fieldName, arguments[v].dataType, nullable: argumentsNullable[v]))
            }
            return FunctionSignature(inputs: arguments.map(\.dataType), result: .structure(StructType(fields)))
        }

        func resultNullable(argumentsNullable: [Bool], argumentTypes: [DataType]) -> Bool { false }

        func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                      context: FunctionContext) throws -> ColumnVector {
            let children = split(arguments.count).values.map { arguments[$0] }
            return ColumnVector(dataType: signature.result, storage: .structure(children, count: rowCount))
        }

        func generatedName(_ arguments: [String]) -> String {
            interleaved ? "named_struct(\(arguments.joined(separator: ", ")))"
                : "struct(\(arguments.dropFirst(arguments.count / 2).joined(separator: ", ")))"
        }
    }

    /// `s.field`: the child column of the named field (matched case-insensitively), null where `s` is.
    struct FieldAccess: NullabilityAwareFunction {
        var name: String { fieldAccess }
        var arity: ClosedRange<Int> { 2...2 }

        func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
            throw SparkError(.analysis, message: "a field access needs its field name")
        }

        func signature(of arguments: [BoundExpression], argumentsNullable: [Bool], context: FunctionContext) throws
            -> FunctionSignature {
            if let (key, value, _) = arguments[0].dataType.mapTypes {
                return FunctionSignature(inputs: [arguments[0].dataType, key], result: value)
            }
            let field = try Self.field(arguments)
            return FunctionSignature(inputs: arguments.map(\.dataType), result: field.dataType)
        }

        static func field(_ arguments: [BoundExpression]) throws -> StructField {
            guard case .literal(.string(let name), _) = arguments[1] else {
                throw SparkError(.analysis, message: "a field name must be a string literal")
            }
            guard let fields = arguments[0].dataType.structFields else {
                throw ArgumentTypeMismatch(argument: 0, .extractBase, actual: arguments[0].dataType)
            }
            guard let index = fields.index(of: name) else {
                throw SparkError(.analysis, errorClass: "FIELD_NOT_FOUND",
                                 message: "No such struct field `\(name)` in \(fields.names.map { "`\($0)`" }.joined(separator: ", ")).",
                                 sqlState: "42704")
            }
            return fields[index]
        }

        func resultNullable(argumentsNullable: [Bool], argumentTypes: [DataType]) -> Bool { true }

        func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                      context: FunctionContext) throws -> ColumnVector {
            let structColumn = arguments[0]
            // `m['k']` on a map: the value under the key, per row (a map's entries are looked up by value).
            if case .map = structColumn.storage {
                var builder = ColumnBuilder(type: signature.result, capacity: rowCount)
                for row in 0..<rowCount {
                    builder.append(structColumn.isNull(row) ? .null : structColumn.value(at: row).mapLookup(arguments[1].value(at: row)) ?? .null)
                }
                return builder.finish()
            }
            guard case .structure(let children, _) = structColumn.storage,
                  let fields = structColumn.dataType.structFields, rowCount > 0,
                  let index = fields.index(of: arguments[1].value(at: 0).string) else {
                return ColumnVector.constant(.null, type: signature.result, count: rowCount)
            }
            var child = children[index]
            if let parent = structColumn.validity {
                var mask = ValidityMask()
                mask.reserveCapacity(rowCount)
                for row in 0..<rowCount { mask.append(parent.isValid(row) && !child.isNull(row)) }
                child.validity = mask
            }
            return child
        }

        func generatedName(_ arguments: [String]) -> String { "\(arguments[0]).\(arguments[1])" }
    }
}
