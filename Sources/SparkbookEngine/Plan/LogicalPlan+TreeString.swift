/// The parsed logical plan as `explain(True)` prints it: names not yet resolved carry Spark's `'` mark.
extension LogicalPlan {
    public var treeString: String {
        PlanTreeText.render(PrintedNode.parsed(self), lines: \.lines, children: \.children)
    }

    /// A node of the parsed tree; a subtree already analyzed prints as the analyzed plan does.
    private enum PrintedNode {
        case parsed(LogicalPlan)
        case resolved(ResolvedPlan)

        var children: [PrintedNode] {
            switch self {
            case .resolved(let plan): plan.children.map(PrintedNode.resolved)
            case .parsed(.analyzed(let plan)): plan.children.map(PrintedNode.resolved)
            case .parsed(.identified(_, let child)): PrintedNode.parsed(child).children
            case .parsed(.cached): []
            case .parsed(let plan): plan.children.map(PrintedNode.parsed)
            }
        }

        var lines: [String] {
            switch self {
            case .resolved(let plan): return plan.nodeLines
            case .parsed(let plan): return plan.parsedLines
            }
        }
    }

    private var parsedLines: [String] {
        func list(_ items: [Expression]) -> String { "[" + items.map(\.parsedPlanText).joined(separator: ", ") + "]" }
        switch self {
        case .analyzed(let plan): return plan.nodeLines
        case .identified(_, let child): return child.parsedLines
        case .scan(let relation):
            if let range = relation.scan as? RangeScan { return [range.logicalPlanText] }
            return ["Relation [\(relation.scan.schema.names.joined(separator: ","))] \(relation.sourceName)"]
        case .local(let relation): return ["LogicalRDD [\(relation.schema.names.joined(separator: ", "))], false"]
        case .cached(let entry): return ["InMemoryRelation rdd \(entry.rddId)"]
        case .project(let items, _), .window(let items, _): return ["'Project \(list(items))"]
        case .filter(let condition, _): return ["'Filter \(condition.parsedPlanText)"]
        case .aggregate(let keys, let output, _): return ["'Aggregate \(list(keys)), \(list(output))"]
        case .limit(let n, _): return ["GlobalLimit \(n)", "LocalLimit \(n)"]
        case .sort(let keys, let global, _): return ["'Sort \(list(keys)), \(global)"]
        case .union: return ["Union false, false"]
        case .repartition(let n, let keys, _):
            return [keys.isEmpty ? "Repartition \(n), true" : "'RepartitionByExpression \(list(keys)), \(n)"]
        case .coalesce(let n, _): return ["Repartition \(n), false"]
        case .join(_, _, let type, let criteria):
            switch criteria {
            case .using(let names): return ["'Join UsingJoin(\(type.planName), [\(names.joined(separator: ", "))])"]
            case .on(let condition): return ["'Join \(type.planName), \(condition.parsedPlanText)"]
            case .none: return ["'Join \(type.planName)"]
            }
        case .sample(let s, _):
            return [s.planText]
        case .subqueryAlias(let name, _, _): return [name == BroadcastHint.alias ? BroadcastHint.treeLine : "SubqueryAlias \(name)"]
        }
    }
}

extension Expression {
    /// An unresolved expression as Spark's parsed plan prints it (`'id`, `('v * 2)`, `'sum('v) AS s`).
    var parsedPlanText: String {
        switch self {
        case .column(let name), .dataFrameColumn(let name, _), .columnAt(_, let name): "'\(name)"
        case .star: "*"
        case .literal(let value): value.literalName
        case .alias(let e, let name): "\(e.parsedPlanText) AS \(name)"
        case .aggregate(let f, .star) where f == .count: "'count(1)"
        case .aggregate(let f, let e): "'\(f.sqlName)(\(e.parsedPlanText))"
        case .unary(.negate, let e): "-\(e.parsedPlanText)"
        case .unary(.not, let e): "NOT \(e.parsedPlanText)"
        case .unary(.isNull, let e): "isnull(\(e.parsedPlanText))"
        case .unary(.isNotNull, let e): "isnotnull(\(e.parsedPlanText))"
        case .binary(let op, let l, let r): "(\(l.parsedPlanText) \(op.sparkSymbol) \(r.parsedPlanText))"
        case .cast(let e, let t): "cast(\(e.parsedPlanText) as \(t.simpleString))"
        case .function(let name, let args): "'\(name)(\(args.map(\.parsedPlanText).joined(separator: ", ")))"
        case .sortOrder(let e, let direction): "\(e.parsedPlanText) \(direction.sql)"
        case .window: generatedName
        }
    }
}
