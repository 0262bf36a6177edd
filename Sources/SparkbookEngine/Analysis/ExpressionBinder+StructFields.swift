/// Dotted names that reach into struct columns (`col("p.name")`, `p.address.city`) and `p.*`: the first part
/// names a struct column, the rest its nested fields, as Spark's analyzer resolves them when no column carries
/// the whole dotted name.
extension ExpressionBinder {
    /// The struct column and the field path a dotted name stands for, or nil when it is not one.
    func structPath(_ name: String) -> (column: Int, fields: [String])? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1, !parts.contains(where: \.isEmpty), let column = try? resolve(parts[0]) else { return nil }
        var type = schema[column].dataType
        for field in parts.dropFirst() {
            guard let fields = type.structFields, let index = fields.index(of: field) else { return nil }
            type = fields[index].dataType
        }
        return (column, Array(parts.dropFirst()))
    }

    /// The field accesses of a struct path, innermost last.
    func bindStructPath(_ column: Int, _ fields: [String], source: Expression) throws -> BoundExpression {
        var bound = BoundExpression.column(index: column, type: schema[column].dataType)
        for field in fields {
            bound = try bindFunction(StructFunctions.fieldAccess, [bound, .literal(.string(field), type: .string)], source)
        }
        return bound
    }

    /// `p.*` over a struct column `p`: one field access per field, with the field's name.
    func structStar(_ name: String) throws -> [(BoundExpression, StructField)]? {
        guard name.hasSuffix(".*") else { return nil }
        let base = String(name.dropLast(2))
        let target: BoundExpression
        if let index = try? resolve(base) {
            target = .column(index: index, type: schema[index].dataType)
        } else if let (column, fields) = structPath(base) {
            target = try bindStructPath(column, fields, source: .column(base))
        } else {
            return nil
        }
        guard let fields = target.dataType.structFields else { return nil }
        let parentNullable = target.nullable(in: schema)
        return try fields.fields.map { field in
            let access = try bindFunction(StructFunctions.fieldAccess, [target, .literal(.string(field.name), type: .string)],
                                          .column(name))
            return (access, StructField(field.name, field.dataType, nullable: field.nullable || parentNullable))
        }
    }
}
