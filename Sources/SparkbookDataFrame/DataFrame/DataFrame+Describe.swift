import SparkbookEngine

/// `describe(...)`: count, mean, stddev, min and max of numeric and string columns, as strings.
extension DataFrame {
    public func describe(_ names: [String]) async throws -> DataFrame {
        let schema = try schema()
        let fields: [StructField]
        if names.isEmpty {
            fields = schema.fields.filter { $0.dataType.isNumeric || $0.dataType == .string }
        } else {
            fields = try names.map { name in
                guard let i = schema.index(of: name) else { throw SparkError.unresolvedColumn(name, candidates: schema.names) }
                return schema[i]
            }
        }
        var aggregates: [Expression] = []
        for f in fields {
            let c = Expression.column(f.name)
            let numeric: Expression = f.dataType.isNumeric ? c : .function("__try_double", [c])
            aggregates += [.aggregate(.count, c), .aggregate(.avg, numeric), .aggregate(.stddev, numeric),
                           .aggregate(.min, c), .aggregate(.max, c)]
        }
        let stats = ["count", "mean", "stddev", "min", "max"]
        var rows = stats.map { [Value.string($0)] }
        if !fields.isEmpty {
            let frame = DataFrame(session: session, plan: .aggregate(groupBy: [], output: aggregates, plan))
            let batch = try await frame.collectBatches(description: "describe").first { $0.rowCount > 0 }
            for (k, _) in fields.enumerated() {
                for s in 0..<5 {
                    let v = batch?.columns[k * 5 + s].value(at: 0) ?? .null
                    rows[s].append(v.isNull ? .null : .string(ValueCast.sqlText(v)))
                }
            }
        }
        let outSchema = StructType([StructField("summary", .string)] + fields.map { StructField($0.name, .string) })
        return try session.createDataFrame(rows: rows, schema: outSchema)
    }
}
