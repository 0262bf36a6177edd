import SparkbookEngine

/// `fillna`/`na.fill` and `dropna`/`na.drop`.
extension DataFrame {
    /// Replaces nulls with `value` in the columns whose type matches it (numbers fill numeric columns, text
    /// fills string columns, booleans boolean ones), optionally only in `subset`. PySpark passes an integer as a
    /// float, so the fill is `CAST(0.0 AS INT)`, which Spark types as nullable.
    public func fillNA(_ value: Value, subset: [String]? = nil) throws -> DataFrame {
        let schema = try schema()
        let chosen = subset.map { Set($0.map { $0.lowercased() }) }
        let value: Value = switch value {
        case .integer(let i): .double(Double(i))
        case .long(let i): .double(Double(i))
        default: value
        }
        let projection = schema.fields.map { field -> Expression in
            let column = Expression.column(field.name)
            guard chosen?.contains(field.name.lowercased()) ?? true, Self.fills(field.dataType, with: value) else { return column }
            return Self.filled(field, with: value)
        }
        return try derive { .project(projection, $0) }
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
            return Self.filled(field, with: value)
        }
        return try derive { .project(projection, $0) }
    }

    /// Spark's fill of one column: `coalesce(col, CAST(value AS type))`, where a NaN counts as null in a double
    /// or float column (`nanvl(col, NULL)`).
    static func filled(_ field: StructField, with value: Value) -> Expression {
        let column = Expression.column(field.name)
        let read = isFloating(field.dataType) ? .function("nanvl", [column, .literal(.null)]) : column
        return .alias(.function("coalesce", [read, .cast(.literal(value), field.dataType)]), name: field.name)
    }

    static func isFloating(_ type: DataType) -> Bool { type == .double || type == .float }

    static func fills(_ type: DataType, with value: Value) -> Bool {
        switch value {
        case .integer, .long, .double: type.isNumeric
        case .string: type == .string
        case .boolean: type == .boolean
        default: false
        }
    }

    /// Keeps rows with at least `thresh` non-null values among `subset` (`how="any"`: all of them; `"all"`: one);
    /// as Spark's `AtLeastNNonNulls`, a NaN in a double or float column counts as null.
    public func dropNA(how: String = "any", thresh: Int? = nil, subset: [String]? = nil) throws -> DataFrame {
        let names = try subset ?? columns()
        guard how == "any" || how == "all" else {
            throw SparkError(.illegalArgument, errorClass: "VALUE_NOT_ANY_OR_ALL",
                             message: "Value for `how` must be 'any' or 'all', got '\(how)'.")
        }
        let required = thresh ?? (how == "any" ? names.count : 1)
        guard !names.isEmpty else { return self }
        let schema = try schema()
        let counts = names.map { name -> Expression in
            let floating = schema.index(of: name).map { Self.isFloating(schema[$0].dataType) } ?? false
            let present: Expression = floating
                ? .binary(.and, .unary(.isNotNull, .column(name)), .unary(.not, .function("isnan", [.column(name)])))
                : .unary(.isNotNull, .column(name))
            return .function("casewhen", [present, .literal(.integer(1)), .literal(.integer(0))])
        }
        let total = counts.dropFirst().reduce(counts[0]) { .binary(.add, $0, $1) }
        return try derive { .filter(.binary(.greaterOrEqual, total, .literal(.integer(Int32(required)))), $0) }
    }
}
