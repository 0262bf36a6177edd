import SparkbookEngine

/// `df.corr`, `df.cov` and `df.crosstab` (PySpark's `DataFrameStatFunctions`), computed as Spark's
/// `StatFunctions` computes them: the columns as doubles with a null read as 0 (Spark's covariance counter
/// reads rows so), through the `corr`/`covar_samp` aggregates, an empty or degenerate answer NaN; `crosstab` as
/// a pivot of the two columns as strings, counts with 0 for none.
extension DataFrame {
    /// Pearson's correlation of two columns.
    public func corr(_ col1: String, _ col2: String) async throws -> Double {
        try await statistic(.corr, col1, col2)
    }

    /// The sample covariance of two columns.
    public func cov(_ col1: String, _ col2: String) async throws -> Double {
        try await statistic(.covarSamp, col1, col2)
    }

    private func statistic(_ function: AggregateFunction, _ col1: String, _ col2: String) async throws -> Double {
        let asDouble = { (name: String) in Column(.function("coalesce", [.cast(.column(name), .double), .literal(.double(0))])) }
        let rows = try await select([Functions.aggregate(function, asDouble(col1), asDouble(col2))]).collect()
        return rows.first.flatMap { $0.values[0].doubleValue } ?? .nan
    }

    /// `approxQuantile`: per column, the quantiles of its non-null values as doubles (none for a column without
    /// any). Exact, as Spark's summaries are while a column's values fit their buffer; the relative error still
    /// rounds the lowest and highest probabilities to the extremes as Spark's query does.
    public func approxQuantile(_ columns: [String], _ probabilities: [Double], relativeError: Double) async throws -> [[Double]] {
        let lists = columns.map { Functions.aggregate(.collectList, Column(.cast(.column($0), .double))) }
        guard let row = try await select(lists).collect().first else { return columns.map { _ in [] } }
        return row.values.map { collected in
            guard case .array(let values) = collected, !values.isEmpty else { return [] }
            return probabilities.map {
                SummaryStatistic.percentile($0, of: values, relativeError: relativeError).doubleValue ?? .nan
            }
        }
    }

    /// A table of how often each pair of values occurs: a row per value of `col1` (column `col1_col2`), a column
    /// per value of `col2` (sorted as strings); values, null included, are written as strings.
    public func crosstab(_ col1: String, _ col2: String) async throws -> DataFrame {
        let name = "\(col1)_\(col2)", across = "__crosstab_\(col2)"
        let text = { (column: String) throws -> Column in
            try Functions.when(Column(.column(column)).isNull(), Functions.lit(.string("null")))
                .otherwise(Column(.cast(.column(column), .string)))
        }
        let keyed = try select([try text(col1).alias(name), try text(col2).alias(across)])
        let counts = try await keyed.groupBy([Column(name)]).pivot(across).count()
        // Spark's `na.fill(0)`: the counts then never null.
        return try counts.select(try counts.columns().enumerated().map { i, column in
            i == 0 ? Column(.columnAt(0, name: column))
                : Column(.alias(.function("coalesce", [.columnAt(i, name: column), .literal(.long(0))]), name: column))
        })
    }
}
