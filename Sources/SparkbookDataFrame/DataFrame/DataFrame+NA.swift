import SparkbookEngine

/// `fillna`/`na.fill` and `dropna`/`na.drop`.
extension DataFrame {
    /// Replaces nulls with `value` in the columns whose type matches it (numbers fill numeric columns, text
    /// fills string columns, booleans boolean ones), optionally only in `subset`.
    public func fillNA(_ value: Value, subset: [String]? = nil) throws -> DataFrame {
        let schema = try schema()
        let chosen = subset.map { Set($0.map { $0.lowercased() }) }
        let projection = schema.fields.map { field -> Expression in
            let column = Expression.column(field.name)
            guard chosen?.contains(field.name.lowercased()) ?? true, Self.fills(field.dataType, with: value) else { return column }
            return .alias(.function("coalesce", [column, .cast(.literal(value), field.dataType)]), name: field.name)
        }
        return try derive(.project(projection, plan))
    }

    /// Per-column fill values (`fillna({"age": 0, "country": "?"})`).
    public func fillNA(_ values: [(String, Value)]) throws -> DataFrame {
        let schema = try schema()
        for (name, _) in values where schema.index(of: name) == nil {
            throw SparkError.unresolvedColumn(name, candidates: schema.names)
        }
        let projection = schema.fields.map { field -> Expression in
            guard let value = values.first(where: { $0.0.lowercased() == field.name.lowercased() })?.1 else {
                return .column(field.name)
            }
            return .alias(.function("coalesce", [.column(field.name), .cast(.literal(value), field.dataType)]), name: field.name)
        }
        return try derive(.project(projection, plan))
    }

    static func fills(_ type: DataType, with value: Value) -> Bool {
        switch value {
        case .integer, .long, .double: type.isNumeric
        case .string: type == .string
        case .boolean: type == .boolean
        default: false
        }
    }

    /// Keeps rows with at least `thresh` non-null values among `subset` (`how="any"`: all of them; `"all"`: one).
    public func dropNA(how: String = "any", thresh: Int? = nil, subset: [String]? = nil) throws -> DataFrame {
        let names = try subset ?? columns()
        guard how == "any" || how == "all" else {
            throw SparkError(.illegalArgument, errorClass: "VALUE_NOT_ANY_OR_ALL",
                             message: "Value for `how` must be 'any' or 'all', got '\(how)'.")
        }
        let required = thresh ?? (how == "any" ? names.count : 1)
        guard !names.isEmpty else { return self }
        let counts = names.map { name -> Expression in
            .function("casewhen", [.unary(.isNotNull, .column(name)), .literal(.integer(1)), .literal(.integer(0))])
        }
        let total = counts.dropFirst().reduce(counts[0]) { .binary(.add, $0, $1) }
        return try derive(.filter(.binary(.greaterOrEqual, total, .literal(.integer(Int32(required)))), plan))
    }
}
