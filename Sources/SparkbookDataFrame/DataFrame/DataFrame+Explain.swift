import SparkbookEngine

/// `explain()`: the physical plan as an indented tree, exchanges included, in Spark's layout (without
/// Spark's expression ids, which depend on the JVM session); `explain(True)` / `mode="extended"` first print
/// the parsed, analyzed and optimized logical plans, as the query compiler's stages see them.
extension DataFrame {
    public func explainString(mode: ExplainMode = .simple) throws -> String {
        let planner = session.planner()
        let resolved = try resolved()
        var cached: [Int: ResolvedPlan] = [:]
        resolved.forEachCache { cached[$0.rddId] = $1 }
        let physical = physicalPlanText(planner.planForExplain(resolved), planner: planner, cached: cached,
                                        verbose: mode == .extended)
        switch mode {
        case .extended:
            return """
            == Parsed Logical Plan ==
            \(plan.treeString)

            == Analyzed Logical Plan ==
            \(resolved.schemaLine)
            \(resolved.treeString)

            == Optimized Logical Plan ==
            \(planner.optimize(resolved).treeString)

            \(physical)
            """
        case .cost:
            return """
            == Optimized Logical Plan ==
            \(planner.optimize(resolved).costTreeString)

            \(physical)
            """
        // Sparkbook generates no code: these modes print the physical plan.
        case .simple, .codegen, .formatted:
            return physical
        }
    }

    /// `== Physical Plan ==` and the operator tree, each stage's input drawn below the exchange that feeds it; a
    /// cache's scan has the plan that computes the cache below it (`cached`: those plans by rdd id).
    /// A plan with an exchange is drawn as Spark's adaptive execution shows it before it runs: under
    /// `AdaptiveSparkPlan isFinalPlan=false`, without codegen stages (those are decided per query stage as it
    /// runs); a plan of one stage marks the operators Spark compiles into whole-stage code with their stage,
    /// `*(1)`, a new stage below an operator that is not compiled (a cache's scan is left unmarked: Spark
    /// reads it through columnar operators Sparkbook does not draw).
    /// `verbose` (`explain(True)`): aggregates also list their output columns, as Spark's verbose strings do.
    private func physicalPlanText(_ physical: PhysicalPlan, planner: Planner, cached: [Int: ResolvedPlan],
                                  verbose: Bool) -> String {
        let lines: [String]
        if physical.stages.count > 1 {
            lines = ["AdaptiveSparkPlan isFinalPlan=false"]
                + operatorLines(physical, planner: planner, cached: cached, root: "+- ", codegen: false, verbose: verbose)
        } else {
            lines = operatorLines(physical, planner: planner, cached: cached, root: "",
                                  codegen: !Self.readsCache(physical.stages[0].root), verbose: verbose)
        }
        return "== Physical Plan ==\n" + lines.joined(separator: "\n") + "\n"
    }

    /// An exchange key as Spark names it: a join's key columns are computed by the projection below the
    /// exchange (`__key0`), so such a column prints as the expression that projection computes.
    private static func keyText(_ key: BoundExpression, over op: PhysicalOperator) -> String {
        if case .column(let i, _) = key, case .project(let expressions, _, let child) = op, expressions.indices.contains(i) {
            return expressions[i].planText(child.schema)
        }
        return key.planText(op.schema)
    }

    /// Sort keys as Spark prints them: `k ASC NULLS FIRST, x DESC NULLS LAST`.
    private static func sortText(_ keys: [SortKey], _ input: StructType) -> String {
        keys.map { "\($0.expression.planText(input)) \($0.direction.sql)" }.joined(separator: ", ")
    }

    private static func readsCache(_ op: PhysicalOperator) -> Bool {
        if case .cachedScan = op { return true }
        return op.children.contains(where: readsCache)
    }

    /// Whether Spark compiles the operator into whole-stage code (its `CodegenSupport` operators).
    private static func compiled(_ op: PhysicalOperator) -> Bool {
        switch op {
        case .scan, .local, .project, .filter, .finalAggregate, .completeAggregate, .sort, .concat, .generate, .sample:
            true
        case .cachedScan, .shuffleRead, .limit, .hashJoin, .window, .windowGroupLimit:
            false
        }
    }

    private func operatorLines(_ physical: PhysicalPlan, planner: Planner, cached: [Int: ResolvedPlan],
                               root: String = "", codegen: Bool = false, verbose: Bool = false) -> [String] {
        var lines: [String] = []
        var stages = 0
        var byShuffle: [Int: StagePlan] = [:]
        for stage in physical.stages {
            switch stage.output {
            case .shuffleWrite(let h, _), .exchange(let h, _): byShuffle[h.id] = stage
            case .result: break
            }
        }
        /// `HashAggregate(keys=[k], functions=[sum(v)])`, its keys and calls over the rows it aggregates
        /// (`input`), with `output=[...]` when verbose; a partial one's calls are `partial_` and its output the
        /// keys and the calls' buffers.
        func aggregateText(_ spec: AggregateSpec, input: StructType, partial: Bool, output: [String]) -> String {
            let keys = spec.keys.map { $0.planText(input) }
            let functions = spec.calls.map { (partial ? "partial_" : "") + $0.planText(input) }
            let outputs = partial ? keys + spec.calls.flatMap(\.bufferNames) : output
            return "HashAggregate(keys=[\(keys.joined(separator: ", "))], functions=[\(functions.joined(separator: ", "))]"
                + (verbose ? ", output=[\(outputs.joined(separator: ", "))])" : ")")
        }
        func exchangeText(_ stage: StagePlan) -> String {
            switch stage.output {
            case .shuffleWrite(let h, let spec):
                let names = spec.keys.map { $0.planText(stage.root.schema) }.joined(separator: ", ")
                let keys = spec.keys.isEmpty ? "SinglePartition" : "hashpartitioning(\(names), \(h.partitions))"
                return "Exchange \(keys), ENSURE_REQUIREMENTS"
            case .exchange(let h, let p):
                switch p {
                case .hash(let keys):
                    let names = keys.map { Self.keyText($0, over: stage.root) }.joined(separator: ", ")
                    return "Exchange hashpartitioning(\(names), \(h.partitions)), ENSURE_REQUIREMENTS"
                case .single where h.broadcast: return "BroadcastExchange HashedRelationBroadcastMode"
                case .single: return "Exchange SinglePartition, ENSURE_REQUIREMENTS"
                case .roundRobin: return "Exchange RoundRobinPartitioning(\(h.partitions)), REPARTITION_BY_NUM"
                case .contiguous: return "Coalesce \(h.partitions)"
                }
            case .result: return ""
            }
        }
        // Spark's tree layout: `+- ` before a last child, `:- ` before the others (a union's, a join's left),
        // and `:  ` continuing the line of a child that has siblings below it.
        func walk(_ op: PhysicalOperator, _ indent: String, _ marker: String, stage parent: Int? = nil) {
            var stage: Int?
            if codegen, Self.compiled(op) {
                if parent == nil { stages += 1 }
                stage = parent ?? stages
            }
            let prefix = indent + marker + (stage.map { "*(\($0)) " } ?? "")
            let below = indent + (marker == ":- " ? ":  " : marker.isEmpty ? "" : "   ")
            let columns = op.schema.names.joined(separator: ", ")
            switch op {
            case .scan(let r, _, _) where r.scan is RangeScan: lines.append(prefix + r.scan.explainText)
            case .scan(let r, _, let schema):
                let pushdown = r.scan.pushdownExplainText(readSchema: schema).map { " " + $0 } ?? ""
                lines.append(prefix + "FileScan \(r.sourceName) [\(columns)]" + pushdown)
            // Local rows are an RDD in PySpark (`LogicalRDD` in the logical plans).
            case .local: lines.append(prefix + "Scan ExistingRDD[\(op.schema.names.joined(separator: ","))]")
            case .cachedScan(let relation):
                lines.append(prefix + "InMemoryTableScan [\(columns)]")
                // Spark draws the relation as an inner child, indented one level further than a child.
                lines.append(below + "   +- InMemoryRelation [\(columns)], \(relation.level.planText)")
                if let child = cached[relation.rddId] {
                    let inner = operatorLines(planner.planForExplain(child), planner: planner, cached: cached,
                                              verbose: verbose)
                    for (i, line) in inner.enumerated() { lines.append(below + "         " + (i == 0 ? "+- " : "   ") + line) }
                }
                return
            case .shuffleRead(let h):
                guard let stage = byShuffle[h.id] else { return }
                lines.append(prefix + exchangeText(stage))
                if case .shuffleWrite(_, let spec) = stage.output {
                    lines.append(below + "+- " + aggregateText(spec, input: stage.root.schema, partial: true, output: []))
                    walk(stage.root, below + "   ", "+- ")
                } else {
                    walk(stage.root, below, "+- ")
                }
                return
            case .project(let expressions, let schema, let child):
                let items = zip(expressions, schema.fields).map { $0.namedPlanText($1.name, child.schema) }
                lines.append(prefix + "Project [\(items.joined(separator: ", "))]")
            case .filter(let condition, let child): lines.append(prefix + "Filter \(condition.planText(child.schema))")
            case .limit(let n, _): lines.append(prefix + "CollectLimit \(n)")
            case .finalAggregate(let spec, let child), .completeAggregate(let spec, let child):
                // A final aggregate's keys and calls read the map side's rows, below its exchange.
                var input = child.schema
                if case .shuffleRead(let h) = child, let map = byShuffle[h.id] { input = map.root.schema }
                lines.append(prefix + aggregateText(spec, input: input, partial: false, output: spec.outputSchema.names))
            case .sort(let keys, let child):
                // A global sort reads the exchange that gathered its rows; `sortWithinPartitions` sorts in place.
                let global = if case .shuffleRead = child { true } else { false }
                lines.append(prefix + "Sort [\(Self.sortText(keys, child.schema))], \(global), 0")
            case .concat: lines.append(prefix + "Union")
            case .hashJoin(let spec, _, _):
                var line = "\(spec.strategy.explainName) \(spec.type.rawValue)"
                if case .broadcastHash(let buildLeft) = spec.strategy { line += buildLeft ? ", BuildLeft" : ", BuildRight" }
                lines.append(prefix + line)
            case .window(let spec, let child):
                let added = spec.outputSchema.fields.dropFirst(child.schema.count).map(\.name).joined(separator: ", ")
                let keys = spec.partitionKeys.map { $0.planText(child.schema) }.joined(separator: ", ")
                lines.append(prefix + "Window [\(added)], [\(keys)], [\(Self.sortText(spec.orderKeys, child.schema))]")
            case .windowGroupLimit(let spec, let child):
                let keys = spec.partitionKeys.map { $0.planText(child.schema) }.joined(separator: ", ")
                lines.append(prefix + "WindowGroupLimit [\(keys)], [\(Self.sortText(spec.orderKeys, child.schema))], "
                             + "\(spec.function.sqlName), \(spec.limit), \(spec.mode.rawValue)")
            case .sample(let s, _):
                lines.append(prefix + s.planText)
            case .generate(let spec, _):
                lines.append(prefix + "Generate \(spec.generator.name), \(spec.generated.map { spec.outputSchema[$0].name }.joined(separator: ", "))")
            }
            for (i, child) in op.children.enumerated() {
                walk(child, below, i == op.children.count - 1 ? "+- " : ":- ", stage: stage)
            }
        }
        walk(physical.stages[physical.stages.count - 1].root, "", root)
        return lines
    }
}
