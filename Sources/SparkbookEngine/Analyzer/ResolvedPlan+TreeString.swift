/// The analyzed and optimized logical plans as `explain(True)` prints them (Spark's node names and layout,
/// without expression ids).
extension ResolvedPlan {
    public var treeString: String {
        PlanTreeText.render(self, lines: { $0.nodeLines }, children: { $0.children })
    }

    /// `id: bigint, w: double`: the line Spark prints above the analyzed plan.
    public var schemaLine: String {
        schema.fields.map { "\($0.name): \($0.dataType.simpleString)" }.joined(separator: ", ")
    }

    var nodeLines: [String] {
        let input = children.first?.schema ?? schema
        func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }
        func sortText(_ keys: [SortKey], _ over: StructType) -> [String] {
            keys.map { "\($0.expression.planText(over)) \($0.direction.sql)" }
        }
        switch node {
        case .scan(let relation) where relation.scan is RangeScan:
            return [(relation.scan as! RangeScan).logicalPlanText]
        case .scan(let relation): return ["Relation [\(schema.names.joined(separator: ","))] \(relation.sourceName)"]
        case .local: return ["LogicalRDD \(list(schema.names)), false"]
        case .cached(let entry, _): return ["InMemoryRelation \(list(schema.names)), rdd \(entry.rddId)"]
        case .project(let expressions, _):
            // Spark prints a projection of no column (below a `count()`) as a bare `Project`.
            if expressions.isEmpty { return ["Project"] }
            return ["Project " + list(zip(expressions, schema.fields).map { $0.namedPlanText($1.name, input) })]
        case .filter(let condition, _): return ["Filter \(condition.planText(input))"]
        case .aggregate(let spec, _):
            let keys = spec.keys.map { $0.planText(input) }
            let results = StructType(keys.map { StructField($0, .null) }
                                     + spec.calls.map { StructField($0.planText(input), .null) })
            let outputs = zip(spec.output, spec.outputSchema.fields).map { $0.namedPlanText($1.name, results) }
            // Spark leaves out the empty grouping list of a global aggregate.
            return [keys.isEmpty ? "Aggregate \(list(outputs))" : "Aggregate \(list(keys)), \(list(outputs))"]
        case .limit(let n, _): return ["GlobalLimit \(n)", "LocalLimit \(n)"]
        case .sort(let keys, let global, _): return ["Sort \(list(sortText(keys, input))), \(global)"]
        case .union: return ["Union false, false"]
        case .repartition(let n, let keys, _):
            return [keys.isEmpty ? "Repartition \(n), true" : "RepartitionByExpression \(list(keys.map { $0.planText(input) })), \(n)"]
        case .coalesce(let n, _): return ["Repartition \(n), false"]
        case .join(let join, let l, let r):
            let pair = StructType(l.schema.fields + r.schema.fields)
            let equalities = zip(join.leftKeys, join.rightKeys).map {
                "(\($0.planText(l.schema)) = \($1.planText(r.schema)))"
            }
            let condition = (equalities + [join.residual.map { $0.planText(pair) }].compactMap { $0 })
                .joined(separator: " AND ")
            return ["Join \(join.type.planName)" + (condition.isEmpty ? "" : ", \(condition)")]
        case .window(let spec, _, _):
            let added = spec.outputSchema.fields.dropFirst(input.count).map(\.name)
            return ["Window \(list(added)), \(list(spec.partitionKeys.map { $0.planText(input) })), \(list(sortText(spec.orderKeys, input)))"]
        case .windowGroupLimit(let spec, _):
            return ["WindowGroupLimit \(list(spec.partitionKeys.map { $0.planText(input) })), \(list(sortText(spec.orderKeys, input))), \(spec.function.sqlName), \(spec.limit)"]
        case .generate(let spec, _):
            let names = spec.generated.map { spec.outputSchema[$0].name }.joined(separator: ", ")
            return ["Generate \(spec.generator.name)(\(spec.generator.inputs.map { $0.planText(input) }.joined(separator: ", "))), \(spec.outer), [\(names)]"]
        case .sample(let s, _):
            return [s.planText]
        case .subqueryAlias(let name, _): return [name == BroadcastHint.alias ? BroadcastHint.treeLine : "SubqueryAlias \(name)"]
        }
    }
}

extension JoinType {
    /// The name Spark's logical `Join` prints (`LeftOuter`).
    public var planName: String {
        switch self {
        case .inner: "Inner"
        case .left: "LeftOuter"
        case .right: "RightOuter"
        case .full: "FullOuter"
        case .leftSemi: "LeftSemi"
        case .leftAnti: "LeftAnti"
        case .cross: "Cross"
        }
    }
}

extension ResolvedPlan {
    /// Calls `body` with every cached DataFrame in the plan and the resolved plan that computes it (innermost last).
    public func forEachCache(_ body: (CacheEntry, ResolvedPlan) -> Void) {
        if case .cached(let entry, let child) = node { body(entry, child) }
        for child in children { child.forEachCache(body) }
    }
}
