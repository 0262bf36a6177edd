/// `Column.withField(path, value)` and `Column.dropFields(paths...)` (Spark's `UpdateFields`): a new struct
/// whose children are the old ones with one replaced, added or dropped, at a dotted path into nested structs.
/// Typed: the struct's child columns are reused as they are, only the edited path is rebuilt.
public enum StructFieldEdits {
    /// `__with_field(struct, 'a.b', value)`.
    public static let withField = "__with_field"
    /// `__drop_fields(struct, 'a', 'b.c', ...)`.
    public static let dropFields = "__drop_fields"

    static let all: [any ScalarFunction] = [Edit(dropping: false), Edit(dropping: true)]

    /// One edit, on a type and on a column alike.
    enum Step {
        case set(path: [String], type: DataType, nullable: Bool)
        case drop(path: [String])
    }

    struct Edit: NullabilityAwareFunction {
        let dropping: Bool
        var name: String { dropping ? StructFieldEdits.dropFields : StructFieldEdits.withField }
        var arity: ClosedRange<Int> { dropping ? 2...Int.max : 3...3 }

        func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
            throw SparkError(.analysis, message: "\(name) needs its field names")
        }

        func signature(of arguments: [BoundExpression], argumentsNullable: [Bool], context: FunctionContext) throws
            -> FunctionSignature {
            guard arguments[0].dataType.structFields != nil else {
                throw ArgumentTypeMismatch(argument: 0, .parameter(required: "\"STRUCT\""), actual: arguments[0].dataType)
            }
            var type = arguments[0].dataType
            for step in try steps(arguments, argumentsNullable) { type = try StructFieldEdits.apply(step, to: type) }
            if case .structure(let fields) = type, fields.count == 0 {
                throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.CANNOT_DROP_ALL_FIELDS",
                                 message: "Cannot resolve \"update_fields\" due to data type mismatch: Cannot drop all fields in struct.",
                                 sqlState: "42K09")
            }
            return FunctionSignature(inputs: arguments.map(\.dataType), result: type)
        }

        private func steps(_ arguments: [BoundExpression], _ nullable: [Bool]) throws -> [Step] {
            let paths = try (dropping ? Array(arguments.indices.dropFirst()) : [1]).map { i -> [String] in
                guard case .literal(.string(let path), _) = arguments[i] else {
                    throw SparkError(.analysis, message: "a field name must be a string literal")
                }
                return path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            }
            return dropping ? paths.map { .drop(path: $0) }
                : [.set(path: paths[0], type: arguments[2].dataType, nullable: nullable[2])]
        }

        func resultNullable(argumentsNullable: [Bool], argumentTypes: [DataType]) -> Bool { argumentsNullable[0] }

        func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                      context: FunctionContext) throws -> ColumnVector {
            var column = arguments[0]
            if dropping {
                for i in arguments.indices.dropFirst() where rowCount > 0 {
                    let path = arguments[i].value(at: 0).string.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                    column = StructFieldEdits.apply(path: path, value: nil, to: column)
                }
            } else if rowCount > 0 {
                let path = arguments[1].value(at: 0).string.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                column = StructFieldEdits.apply(path: path, value: arguments[2], to: column)
            }
            return ColumnVector(dataType: signature.result, storage: column.storage, validity: column.validity)
        }

        func generatedName(_ arguments: [String]) -> String {
            dropping ? "update_fields(\(arguments[0]), \(arguments.dropFirst().map { _ in "dropfield()" }.joined(separator: ", ")))"
                : "update_fields(\(arguments[0]), WithField(\(arguments[2])))"
        }
    }

    /// The struct type after one edit; withField through a missing or non-struct field is Spark's error.
    static func apply(_ step: Step, to type: DataType) throws -> DataType {
        guard case .structure(let structType) = type else { return type }
        var fields = structType.fields
        switch step {
        case .drop(let path):
            guard let i = structType.index(of: path[0]) else { return type }
            if path.count == 1 {
                fields.removeAll { $0.name.lowercased() == path[0].lowercased() }
            } else {
                fields[i] = StructField(fields[i].name, try apply(.drop(path: Array(path.dropFirst())), to: fields[i].dataType),
                                        nullable: fields[i].nullable)
            }
        case .set(let path, let valueType, let nullable):
            let i = structType.index(of: path[0])
            if path.count == 1 {
                let field = StructField(i.map { fields[$0].name } ?? path[0], valueType, nullable: nullable)
                if let i { fields[i] = field } else { fields.append(field) }
            } else {
                guard let i, fields[i].dataType.structFields != nil else {
                    throw SparkError(.analysis, errorClass: "FIELD_NOT_FOUND",
                                     message: "No such struct field `\(path[0])` in \(structType.names.map { "`\($0)`" }.joined(separator: ", ")).",
                                     sqlState: "42704")
                }
                fields[i] = StructField(fields[i].name, try apply(.set(path: Array(path.dropFirst()), type: valueType, nullable: nullable),
                                                                  to: fields[i].dataType), nullable: fields[i].nullable)
            }
        }
        return .structure(StructType(fields))
    }

    /// The struct column after setting (`value`) or dropping (nil) the field at `path`.
    static func apply(path: [String], value: ColumnVector?, to column: ColumnVector) -> ColumnVector {
        guard case .structure(var children, let count) = column.storage, let structType = column.dataType.structFields else {
            return column
        }
        var fields = structType.fields
        let i = structType.index(of: path[0])
        if path.count == 1 {
            if let value {
                let field = StructField(i.map { fields[$0].name } ?? path[0], value.dataType, nullable: true)
                if let i { fields[i] = field; children[i] = value } else { fields.append(field); children.append(value) }
            } else if let i {
                fields.remove(at: i); children.remove(at: i)
            }
        } else if let i {
            children[i] = apply(path: Array(path.dropFirst()), value: value, to: children[i])
            fields[i] = StructField(fields[i].name, children[i].dataType, nullable: fields[i].nullable)
        }
        return ColumnVector(dataType: .structure(StructType(fields)), storage: .structure(children, count: count),
                            validity: column.validity)
    }
}
