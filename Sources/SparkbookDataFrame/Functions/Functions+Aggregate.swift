import SparkbookEngine

/// Aggregate functions. A string argument names a column; `count("*")` counts rows.
extension Functions {
    public static func count(_ column: Column) -> Column { aggregate(.count, column) }
    public static func sum(_ column: Column) -> Column { aggregate(.sum, column) }
    public static func avg(_ column: Column) -> Column { aggregate(.avg, column) }
    public static func mean(_ column: Column) -> Column { aggregate(.avg, column) }
    public static func min(_ column: Column) -> Column { aggregate(.min, column) }
    public static func max(_ column: Column) -> Column { aggregate(.max, column) }

    public static func count(_ name: String) -> Column { count(Column(name)) }
    public static func sum(_ name: String) -> Column { sum(Column(name)) }
    public static func avg(_ name: String) -> Column { avg(Column(name)) }
    public static func min(_ name: String) -> Column { min(Column(name)) }
    public static func max(_ name: String) -> Column { max(Column(name)) }

    public static func median(_ column: Column) -> Column { aggregate(.median, column) }
    public static func percentile(_ column: Column, _ percentage: Column) -> Column {
        Column(.aggregate(.percentile, PercentileArgument.argument(column.expression, percentage: percentage.expression)))
    }
    public static func corr(_ x: Column, _ y: Column) -> Column { aggregate(.corr, x, y) }
    public static func covarSamp(_ x: Column, _ y: Column) -> Column { aggregate(.covarSamp, x, y) }
    public static func covarPop(_ x: Column, _ y: Column) -> Column { aggregate(.covarPop, x, y) }

    /// A two-column statistic (`corr`, `covar_samp`, `covar_pop`).
    public static func aggregate(_ function: AggregateFunction, _ x: Column, _ y: Column) -> Column {
        Column(.aggregate(function, AggregatePair.argument(x.expression, y.expression)))
    }

    static func aggregate(_ function: AggregateFunction, _ column: Column) -> Column {
        Column(.aggregate(function, column.expression))
    }
}
