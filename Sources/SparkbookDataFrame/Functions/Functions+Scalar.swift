import SparkbookEngine

/// Scalar and window function constructors: a call by name, resolved through the engine's function registry
/// when the plan is analysed (so a plugin function is called exactly like a built-in one).
extension Functions {
    public static func call(_ name: String, _ arguments: [Column]) -> Column {
        Column(.function(name, arguments.map(\.expression)))
    }

    public static func when(_ condition: Column, _ value: Column) -> Column {
        Column(.function("casewhen", [condition.expression, value.expression]))
    }

    /// `F.expr("age + 1 AS next")`: Spark SQL expression text.
    public static func expr(_ text: String) throws -> Column {
        Column(try SQLExpressionParser.parseNamed(text))
    }

    public static func asc(_ name: String) -> Column { Column(name).asc() }
    public static func desc(_ name: String) -> Column { Column(name).desc() }

    public static func countDistinct(_ column: Column) -> Column { aggregate(.countDistinct, column) }
    /// `countDistinct(a, b, ...)`: distinct combinations; a row where any column is null is not counted.
    public static func countDistinct(_ columns: [Column]) -> Column {
        Column(.aggregate(.countDistinct, DistinctTuple.argument(columns.map(\.expression))))
    }
    public static func aggregate(named function: AggregateFunction, _ column: Column) -> Column { aggregate(function, column) }

    // Window functions: placeholders that `over(window)` turns into window calls.
    public static func rowNumber() -> Column { Column(.function("__row_number", [])) }
    public static func rank() -> Column { Column(.function("__rank", [])) }
    public static func denseRank() -> Column { Column(.function("__dense_rank", [])) }
    public static func percentRank() -> Column { Column(.function("__percent_rank", [])) }
    public static func lag(_ column: Column, _ offset: Int, _ defaultValue: Value) -> Column {
        Column(.function("__lag", [column.expression, .literal(.integer(Int32(offset))), .literal(defaultValue)]))
    }
    public static func lead(_ column: Column, _ offset: Int, _ defaultValue: Value) -> Column {
        Column(.function("__lead", [column.expression, .literal(.integer(Int32(offset))), .literal(defaultValue)]))
    }
}
