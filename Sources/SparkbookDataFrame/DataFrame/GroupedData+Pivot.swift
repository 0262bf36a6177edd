import SparkbookEngine

/// `groupBy(keys).pivot(column, values)`: one output column per pivot value (per aggregate), planned as Spark's
/// analyzer rewrites its `Pivot` node, so names, types, nulls and row order come out as Spark's.
public struct Pivot: Sendable {
    /// The pivot column's name, as `pivot("p")` gives it.
    public let column: String
    /// The values as given (or found); each is cast to the column's type to match, and names its columns.
    public let values: [Value]
}

extension GroupedData {
    /// `pivot(column)` runs a job for the distinct values, sorted ascending (nulls first), as Spark does; more than
    /// `spark.sql.pivotMaxValues` of them is an error. `pivot(column, values)` takes the values as given.
    public func pivot(_ column: String, values: [Value]? = nil) async throws -> GroupedData {
        guard pivot == nil else {
            throw SparkError(.unsupported, errorClass: "REPEATED_CLAUSE",
                             message: "The PIVOT clause may be used at most once per SUBQUERY operation.", sqlState: "42614")
        }
        let pivotColumn = Column(column)
        // Spark resolves the name as `df[name]` does: an unknown one lists the columns in schema order. A struct
        // field (`sales.course`) resolves as a select of it does.
        do { _ = try frame.column(column) } catch {
            guard (try? frame.select([pivotColumn]).schema()) != nil else { throw error }
        }
        var grouped = self
        if let values {
            grouped.pivot = Pivot(column: column, values: values)
            return grouped
        }
        let maxValues = frame.session.conf.int("spark.sql.pivotMaxValues", default: 10_000)
        let picked = try frame.select([pivotColumn])
        let distinct = try picked.distinct().limit(maxValues + 1).orderBy([Column(try picked.columns()[0])])
        let found = try await distinct.collect().map { $0[0] }
        guard found.count <= maxValues else {
            throw SparkError(.analysis, message: "The pivot column \(column) has more than \(maxValues) distinct values, this could indicate an error. If this was intended, set spark.sql.pivotMaxValues to at least the number of distinct values of the pivot column.")
        }
        grouped.pivot = Pivot(column: column, values: found)
        return grouped
    }

    /// Spark's rewrite: when every aggregate's type fits `PivotFirst` (numbers, booleans), an aggregate over the
    /// keys and the pivot column, then one over the keys that spreads each value's result into its column;
    /// otherwise a single aggregate over the keys of `f(if(pivot <=> value, x, null))` per value and aggregate.
    func pivoted(_ aggregates: [Column], _ pivot: Pivot) throws -> DataFrame {
        let aggregates = aggregates.map(\.expression)
        for aggregate in aggregates { try Self.checkPivotAggregate(aggregate) }
        let keys = keys.map(\.expression)
        let resolved = try frame.derive { .aggregate(groupBy: keys, output: aggregates, $0) }.schema()
        let pivotType = try frame.select([Column(pivot.column)]).schema()[0].dataType
        let valueText = SparkValueText(sessionTimeZone: frame.session.timeZone)
        let names = pivot.values.map { value in
            // Spark casts the value as given to a string (dates and timestamps as `show()` prints them).
            let text = value.isNull ? "null" : valueText.text(value.outputValue)
            return resolved.names.map { aggregates.count == 1 ? text : text + "_" + $0 }
        }
        func matches(_ pivotColumn: Expression, _ value: Value) -> Expression {
            .function("eqnullsafe", [pivotColumn, .cast(.literal(value), pivotType)])
        }
        if resolved.fields.allSatisfy({ Self.fitsPivotFirst($0.dataType) }) {
            let pivotName = "__pivot_col", resultNames = aggregates.indices.map { "__pivot_\($0)" }
            let firstOutput = keys + [.alias(.column(pivot.column), name: pivotName)]
                + zip(aggregates, resultNames).map { Expression.alias($0, name: $1) }
            let first = try frame.derive { .aggregate(groupBy: keys + [.column(pivot.column)], output: firstOutput, $0) }
            let firstSchema = try first.schema()
            let firstKeys = keys.indices.map { Expression.columnAt($0, name: firstSchema[$0].name) }
            let spread = zip(pivot.values, names).flatMap { value, valueNames in
                zip(resultNames, valueNames).map { result, name in
                    let picked = Expression.function("if", [matches(.column(pivotName), value), .column(result), .literal(.null)])
                    return Expression.alias(.aggregate(.max, picked), name: name)
                }
            }
            return try first.derive { .aggregate(groupBy: firstKeys, output: firstKeys + spread, $0) }
        }
        let filtered = zip(pivot.values, names).flatMap { value, valueNames in
            zip(aggregates, valueNames).map { aggregate, name in
                Expression.alias(Self.filter(aggregate, to: matches(.column(pivot.column), value)), name: name)
            }
        }
        return try frame.derive { .aggregate(groupBy: keys, output: keys + filtered, $0) }
    }

    /// Every aggregate function inside `aggregate` reads only the rows of one pivot value; `first`/`last` skip
    /// the nulls the other values leave (Spark rewrites them to their `ignoreNulls` form).
    private static func filter(_ aggregate: Expression, to condition: Expression) -> Expression {
        aggregate.rewritten { expression in
            guard case .aggregate(let function, let input) = expression else { return nil }
            let kept = Expression.function("if", [condition, input, .literal(.null)])
            switch function {
            case .first: return .aggregate(.firstIgnoreNulls, kept)
            case .last: return .aggregate(.lastIgnoreNulls, kept)
            default: return .aggregate(function, kept)
            }
        }
    }

    /// Spark's checks on a pivot's aggregates: no `*`, and every column read inside an aggregate function.
    private static func checkPivotAggregate(_ aggregate: Expression) throws {
        if aggregate.containsStar {
            throw SparkError(.analysis, errorClass: "INVALID_USAGE_OF_STAR_OR_REGEX",
                             message: "Invalid usage of '*' in Pivot.", sqlState: "42000")
        }
        if let bare = aggregate.columnOutsideAggregate {
            throw SparkError(.analysis, message: "Aggregate expression required for pivot, but '\(bare.generatedName)' did not appear in any aggregate function.")
        }
    }

    /// The types `PivotFirst` can hold (Spark's `PivotFirst.supportsDataType`).
    private static func fitsPivotFirst(_ type: DataType) -> Bool {
        switch type {
        case .byte, .short, .integer, .long, .float, .double, .boolean, .decimal: true
        default: false
        }
    }
}

private extension Expression {
    var containsStar: Bool {
        var found = false
        _ = rewritten { expression in
            if expression == .star { found = true }
            return nil
        }
        return found
    }

    /// The first column reference outside every aggregate function, if any.
    var columnOutsideAggregate: Expression? {
        var found: Expression?
        _ = rewritten { expression in
            switch expression {
            case .aggregate: return expression
            case .column, .dataFrameColumn, .columnAt:
                if found == nil { found = expression }
                return expression
            default: return nil
            }
        }
        return found
    }
}
