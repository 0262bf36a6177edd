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

    static func aggregate(_ function: AggregateFunction, _ column: Column) -> Column {
        Column(.aggregate(function, column.expression))
    }
}
