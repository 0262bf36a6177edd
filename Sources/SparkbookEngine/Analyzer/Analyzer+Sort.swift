/// Resolving `orderBy`: keys bind over the input; a partition-aware key (`rand(42)`) is computed by a projection
/// below the sort and dropped by one above it.
extension Analyzer {
    func resolveSort(_ orders: [Expression], global: Bool, _ input: ResolvedPlan) throws -> ResolvedPlan {
        let binder = binder(input)
        let keys = try orders.map { e -> SortKey in
            let (inner, direction) = SortKey.unwrap(e)
            return SortKey(expression: try binder.bind(inner), direction: direction)
        }
        let (pulled, extended) = Self.pullingOutPartitionCalls(keys.map(\.expression), from: input)
        guard extended !== input else { return Self.keeping(input, .sort(keys, global: global, input)) }
        // Sorted by the appended columns, which a projection then drops.
        let sorted = Self.keeping(extended, .sort(zip(pulled, keys).map { SortKey(expression: $0, direction: $1.direction) }, global: global, extended))
        let kept = input.schema.fields.enumerated().map { BoundExpression.column(index: $0.offset, type: $0.element.dataType) }
        return ResolvedPlan(.project(kept, sorted), schema: input.schema, lineage: input.lineage)
    }
}
