import SparkbookEngine

/// `counter_diff(value[, startTime]).over(w)`: the change of a cumulative counter since the previous row of the
/// window, null on the first row and where the counter was reset (its value went down, or its start time moved
/// on). Planned as `lag` over the same window: `if(prev IS NULL OR value < prev OR start > prevStart, NULL,
/// value - prev)`.
extension Column {
    static let counterDiff = "counter_diff"

    static func counterDiff(_ arguments: [Expression], over window: WindowSpecification, alias: String?) -> Expression {
        func previous(_ e: Expression) -> Expression { .window(.lag(e, offset: 1, defaultValue: .null), window) }
        let value = arguments[0]
        var reset = Expression.binary(.or, .unary(.isNull, previous(value)), .binary(.less, value, previous(value)))
        if arguments.count == 2 {
            reset = .binary(.or, reset, .binary(.greater, arguments[1], previous(arguments[1])))
        }
        return .alias(.function("if", [reset, .literal(.null), .binary(.subtract, value, previous(value))]),
                      name: alias ?? "counter_diff(\(arguments.map(\.generatedName).joined(separator: ", ")))")
    }
}
