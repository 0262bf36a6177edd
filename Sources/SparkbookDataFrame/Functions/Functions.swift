import SparkbookEngine

/// `pyspark.sql.functions`: column constructors and literals. Aggregates live in `Functions+Aggregate.swift`.
public enum Functions {
    public static func col(_ name: String) -> Column { Column(name) }
    public static func column(_ name: String) -> Column { Column(name) }

    /// A literal; a `Column` passed in is returned as it is, as PySpark does.
    public static func lit(_ value: Value) -> Column { Column(.literal(value)) }
}
