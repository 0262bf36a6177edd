import SparkbookEngine

/// `df.groupBy(...)`: grouping keys waiting for their aggregates.
public struct GroupedData: Sendable {
    let frame: DataFrame
    public let keys: [Column]

    /// The keys followed by the aggregates, as Spark's `agg` outputs them.
    public func agg(_ aggregates: [Column]) throws -> DataFrame {
        let output = keys.map(\.expression) + aggregates.map(\.expression)
        return try frame.derive(.aggregate(groupBy: keys.map(\.expression), output: output, frame.plan))
    }

    /// `agg({"amount": "sum"})`: column name to function name.
    public func agg(_ mapping: [(column: String, function: String)]) throws -> DataFrame {
        try agg(mapping.map { try Self.aggregate(named: $0.function, $0.column) })
    }

    public func count() throws -> DataFrame {
        try agg([Column(.alias(.aggregate(.count, .star), name: "count"))])
    }

    public func sum(_ columns: [String]) throws -> DataFrame { try agg(columns.map { Functions.sum($0) }) }
    public func avg(_ columns: [String]) throws -> DataFrame { try agg(columns.map { Functions.avg($0) }) }
    public func min(_ columns: [String]) throws -> DataFrame { try agg(columns.map { Functions.min($0) }) }
    public func max(_ columns: [String]) throws -> DataFrame { try agg(columns.map { Functions.max($0) }) }

    static func aggregate(named name: String, _ column: String) throws -> Column {
        let function: AggregateFunction? = name.lowercased() == "mean" ? .avg : AggregateFunction(rawValue: name.lowercased())
        guard let function else {
            throw SparkError(.analysis, errorClass: "UNRESOLVED_ROUTINE",
                             message: "Cannot resolve routine `\(name)` on search path [`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`].",
                             sqlState: "42883")
        }
        return Functions.aggregate(function, Column(column))
    }
}
