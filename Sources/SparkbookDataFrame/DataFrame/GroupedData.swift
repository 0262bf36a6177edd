import SparkbookEngine

/// `df.groupBy(...)`: grouping keys waiting for their aggregates.
public struct GroupedData: Sendable {
    let frame: DataFrame
    public let keys: [Column]
    /// Set by `pivot(...)`: the aggregates then spread over one column per pivot value.
    public internal(set) var pivot: Pivot? = nil
    /// Set by `cube`, `rollup` and `groupingSets`: the sets of keys (indices into `keys`) to aggregate by.
    public internal(set) var groupingSets: [[Int]]? = nil

    /// The keys followed by the aggregates, as Spark's `agg` outputs them.
    public func agg(_ aggregates: [Column]) throws -> DataFrame {
        if let pivot { return try pivoted(aggregates, pivot) }
        if let groupingSets { return try expandedAggregate(aggregates, groupingSets) }
        if let sessions = try sessionWindowAggregate(aggregates) { return sessions }
        let output = keys.map(\.expression) + aggregates.map(\.expression)
        return try frame.derive { .aggregate(groupBy: keys.map(\.expression), output: output, $0) }
    }

    /// `agg({"amount": "sum"})`: column name to function name, in the order the JVM iterates the dict.
    public func agg(_ mapping: [(column: String, function: String)]) throws -> DataFrame {
        let functions = Dictionary(mapping.map { ($0.column, $0.function) }, uniquingKeysWith: { $1 })
        let columns = JVMMapOrder.order(mapping.map(\.column))
        return try agg(columns.map { try Self.aggregate(named: functions[$0]!, $0) })
    }

    public func count() throws -> DataFrame {
        // A pivot counts `1` (Spark's `count(1)`), since it rejects `*`.
        try agg([Column(.alias(.aggregate(.count, pivot == nil ? .star : .literal(.integer(1))), name: "count"))])
    }

    public func sum(_ columns: [String]) throws -> DataFrame { try agg(try numeric(columns).map { Functions.sum($0) }) }
    public func avg(_ columns: [String]) throws -> DataFrame { try agg(try numeric(columns).map { Functions.avg($0) }) }
    public func min(_ columns: [String]) throws -> DataFrame { try agg(try numeric(columns).map { Functions.min($0) }) }
    public func max(_ columns: [String]) throws -> DataFrame { try agg(try numeric(columns).map { Functions.max($0) }) }

    /// Spark's `sum()`/`avg()`/`min()`/`max()` without names aggregate every numeric column (grouping keys
    /// included); named columns must be numeric.
    private func numeric(_ columns: [String]) throws -> [String] {
        let schema = try frame.schema()
        guard !columns.isEmpty else { return schema.fields.filter { $0.dataType.isNumeric }.map(\.name) }
        for name in columns {
            guard let index = schema.index(of: name) else { throw SparkError.unresolvedColumn(name, candidates: schema.names) }
            guard schema[index].dataType.isNumeric else {
                throw SparkError(.analysis, errorClass: "_LEGACY_ERROR_TEMP_1127",
                                 message: "\"\(name)\" is not a numeric column. Aggregation function can only be applied on a numeric column.")
            }
        }
        return columns
    }

    static func aggregate(named name: String, _ column: String) throws -> Column {
        let function: AggregateFunction? = name.lowercased() == "mean" ? .avg : AggregateFunction(sqlName: name.lowercased())
        guard let function else {
            throw SparkError(.analysis, errorClass: "UNRESOLVED_ROUTINE",
                             message: "Cannot resolve routine `\(name)` on search path [`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`].",
                             sqlState: "42883")
        }
        return Functions.aggregate(function, Column(column))
    }
}
