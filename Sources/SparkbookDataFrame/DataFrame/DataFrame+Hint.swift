import SparkbookEngine

extension DataFrame {
    /// `df.withMetadata(name, metadata)`: the same columns, the named one carrying the metadata (a JSON
    /// object's text) on its field.
    public func withMetadata(_ name: String, json: String) throws -> DataFrame {
        let names = try columns()
        guard let i = names.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
            throw SparkError.unresolvedColumn(name, candidates: names)
        }
        return try derive {
            .project(names.indices.map { j in
                j == i ? .alias(ColumnMetadata.call(.columnAt(j, name: names[j]), json: json), name: names[j]) : .columnAt(j, name: names[j])
            }, $0)
        }
    }

    /// `df.hint(name)`: a broadcast hint (`broadcast`, `broadcastjoin`, `mapjoin`) marks the plan so a join
    /// broadcasts this side (`BroadcastHint`); Sparkbook chooses every other strategy itself, so other hints
    /// leave the DataFrame as it is.
    public func hint(_ name: String) throws -> DataFrame {
        guard BroadcastHint.names.contains(name.lowercased()) else { return self }
        return DataFrame(session: session, plan: .subqueryAlias(BroadcastHint.alias, planId: Self.nextPlanId(), plan))
    }
}
