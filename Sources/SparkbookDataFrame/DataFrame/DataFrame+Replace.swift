import SparkbookEngine

/// `replace`/`na.replace`, as Spark's `DataFrameNaFunctions.replace`: the first key's type picks the columns
/// (a number every numeric column, compared as doubles; text string columns; a boolean boolean ones), and each
/// chosen column becomes `CASE col WHEN k1 THEN v1 ... ELSE col END`, the values cast to the column's type.
extension DataFrame {
    public func replace(_ replacements: [(Value, Value)], subset: [String]? = nil) throws -> DataFrame {
        guard let first = replacements.first, subset?.isEmpty != true else { return self }
        func isString(_ v: Value) -> Bool { if case .string = v { true } else { false } }
        func isBoolean(_ v: Value) -> Bool { if case .boolean = v { true } else { false } }
        func numeric(_ v: Value) -> Bool { v.doubleValue != nil && !isString(v) && !isBoolean(v) }
        let schema = try schema()
        let chosen = subset.map { Set($0.map { $0.lowercased() }) }
        let projection = schema.fields.enumerated().map { index, field -> Expression in
            let column = Expression.columnAt(index, name: field.name)
            let matches = switch field.dataType {
            case .string: isString(first.0)
            case .boolean: isBoolean(first.0)
            case let type: type.isNumeric && numeric(first.0)
            }
            guard matches, chosen?.contains(field.name.lowercased()) ?? true else { return column }
            func literal(_ v: Value) -> Expression { numeric(v) ? .literal(.double(v.doubleValue!)) : .literal(v) }
            var cases = Functions.when(Column(.binary(.equal, column, literal(first.0))), Column(.cast(literal(first.1), field.dataType)))
            for (key, value) in replacements.dropFirst() {
                cases = (try? cases.when(Column(.binary(.equal, column, literal(key))), Column(.cast(literal(value), field.dataType)))) ?? cases
            }
            return .alias(((try? cases.otherwise(Column(column))) ?? cases).expression, name: field.name)
        }
        return try derive { .project(projection, $0) }
    }
}
