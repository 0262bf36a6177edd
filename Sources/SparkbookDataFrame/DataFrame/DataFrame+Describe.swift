import SparkbookEngine

/// `describe(...)` and `summary(...)`: statistics of numeric and string columns, one row per statistic, every
/// value as a string (Spark computes both with the same machinery).
extension DataFrame {
    public func describe(_ names: [String]) async throws -> DataFrame {
        let schema = try schema()
        let fields: [StructField]
        if names.isEmpty {
            fields = Self.summarizable(schema)
        } else {
            fields = try names.map { name in
                guard let i = schema.index(of: name) else { throw SparkError.unresolvedColumn(name, candidates: schema.names) }
                return schema[i]
            }
        }
        return try await statistics(["count", "mean", "stddev", "min", "max"].map { SummaryStatistic($0)! }, of: fields)
    }

    /// `summary()`: count, mean, stddev, min, the quartiles and max; or the statistics named.
    public func summary(_ names: [String]) async throws -> DataFrame {
        let statistics = try (names.isEmpty ? SummaryStatistic.defaults : names).map { name in
            guard let statistic = SummaryStatistic(name) else { throw SummaryStatistic.unrecognized(name) }
            return statistic
        }
        return try await self.statistics(statistics, of: Self.summarizable(try schema()))
    }

    private static func summarizable(_ schema: StructType) -> [StructField] {
        schema.fields.filter { $0.dataType.isNumeric || $0.dataType == .string }
    }

    private func statistics(_ statistics: [SummaryStatistic], of fields: [StructField]) async throws -> DataFrame {
        var rows = statistics.map { [Value.string($0.name)] }
        if !fields.isEmpty {
            var aggregates: [Expression] = []
            for f in fields {
                aggregates += statistics.map { $0.aggregate(of: .column(f.name), numeric: f.dataType.isNumeric) }
            }
            let frame = DataFrame(session: session, plan: .aggregate(groupBy: [], output: aggregates, plan))
            let batch = try await frame.collectBatches(description: statistics.count == 5 ? "describe" : "summary")
                .first { $0.rowCount > 0 }
            for (k, f) in fields.enumerated() {
                for (s, statistic) in statistics.enumerated() {
                    let collected = batch?.columns[k * statistics.count + s].value(at: 0) ?? .null
                    let v = statistic.result(collected, numeric: f.dataType.isNumeric)
                    rows[s].append(v.isNull ? .null : .string(ValueCast.sqlText(v)))
                }
            }
        }
        let outSchema = StructType([StructField("summary", .string)] + fields.map { StructField($0.name, .string) })
        return try session.createDataFrame(rows: rows, schema: outSchema)
    }
}
