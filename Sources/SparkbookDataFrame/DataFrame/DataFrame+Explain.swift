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

    /// The Sort Spark's EnsureRequirements puts under a Window or WindowGroupLimit for the order it needs (the
    /// partition keys ascending, then the window's order), unless the operator below is one of those with the same
    /// keys, whose rows are already in that order. Sparkbook's window sorts its partitions itself.
    private static func requiredSort(_ partitionKeys: [BoundExpression], _ orderKeys: [SortKey],
                                     over child: PhysicalOperator) -> String? {
        let keys = partitionKeys.map { SortKey(expression: $0, direction: .ascending) } + orderKeys
        switch child {
        case .window(let spec, _) where spec.partitionKeys.map({ SortKey(expression: $0, direction: .ascending) }) + spec.orderKeys == keys:
            return nil
        case .windowGroupLimit(let spec, _) where spec.partitionKeys.map({ SortKey(expression: $0, direction: .ascending) }) + spec.orderKeys == keys:
            return nil
        default:
            return "Sort [\(sortText(keys, child.schema))], false, 0"
        }
    }

    /// A projection that passes its input's columns on in order and adds only join keys that are plain columns.
    private static func onlyAddsColumnJoinKeys(_ expressions: [BoundExpression], _ schema: StructType,
                                               _ child: PhysicalOperator) -> Bool {
        let passed = child.schema.count
        guard expressions.count > passed else { return false }
        for (i, e) in expressions.enumerated() {
            guard case .column(let column, _) = e else { return false }
            if i < passed { guard column == i, schema[i].name == child.schema[i].name else { return false } }
            else if !schema[i].name.hasPrefix("__key") { return false }
        }
        return true
    }

    /// Sort keys as Spark prints them: `k ASC NULLS FIRST, x DESC NULLS LAST`.
    private static func sortText(_ keys: [SortKey], _ input: StructType) -> String {
        keys.map { "\($0.expression.planText(input)) \($0.direction.sql)" }.joined(separator: ", ")
    }

    /// The items of the Project Spark puts over a join whose output is not the columns of its sides in order
    /// (the key columns the planner appends left out); nil when it is.
    private func joinProjection(_ spec: JoinSpec) -> String? {
        let pair = spec.pairSchema
        let plain = pair.fields.indices.filter { !pair[$0].name.hasPrefix("__key") }
        let sides = spec.type.keepsRightColumns ? plain : plain.filter { $0 < spec.leftSchema.count }
        let identity = spec.output.count == sides.count && zip(spec.output, sides).enumerated().allSatisfy { n, pair in
            if case .column(let i, _) = pair.0 { i == pair.1 && spec.outputSchema[n].name == spec.pairSchema[i].name }
            else { false }
        }
        guard !identity else { return nil }
        return zip(spec.output, spec.outputSchema.fields).map { $0.namedPlanText($1.name, pair) }.joined(separator: ", ")
    }

    /// A broadcast build side's keys as Spark's `HashedRelationBroadcastMode` binds them to the side's output:
    /// `input[0, bigint, false]` (ordinal, type, and whether it may be null, which a null test below rules out).
    /// `side` is the projection that appends the keys to the side's columns.
    private static func broadcastKeys(_ side: PhysicalOperator) -> String {
        guard case .project(let expressions, _, let child) = side else { return "" }
        return expressions.dropFirst(child.schema.count).map { key -> String in
            guard case .column(let i, let type) = key else { return key.planText(child.schema) }
            let nullable = child.schema[i].nullable && !provenNotNull(child, column: i)
            return "input[\(i), \(type.simpleString), \(nullable)]"
        }.joined(separator: ", ")
    }

    /// Whether a filter below (through projections of plain columns) tests `column` is not null.
    private static func provenNotNull(_ op: PhysicalOperator, column: Int) -> Bool {
        func conjuncts(_ e: BoundExpression) -> [BoundExpression] {
            if case .binary(.and, let l, let r, _) = e { return conjuncts(l) + conjuncts(r) }
            return [e]
        }
        switch op {
        case .filter(let condition, let child):
            let tested = conjuncts(condition).contains {
                if case .unary(.isNotNull, .column(let i, _), _) = $0 { i == column } else { false }
            }
            return tested || provenNotNull(child, column: column)
        case .project(let expressions, _, let child):
            if case .column(let i, _) = expressions[column] { return provenNotNull(child, column: i) }
            return false
        default:
            return false
        }
    }

    /// A window's output names with its functions' internal `__window<i>` as Spark's `_we<i>`.
    private static func windowOutputNames(_ spec: WindowSpec, inputCount: Int) -> [String] {
        spec.outputSchema.names.enumerated().map { i, name in
            i >= inputCount && name.hasPrefix("__window") ? "_we" + name.dropFirst("__window".count) : name
        }
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
        // The names a projection gives the columns of the window below it, for that window's line.
        var windowNames: [String]?
        // Spark numbers its plan nodes through the session (`[plan_id=31]`); here each exchange printed takes the
        // next number of this plan, so a plan prints the same every time.
        var planIds = 0
        func exchangeText(_ stage: StagePlan) -> String {
            planIds += 1
            return exchangeKind(stage) + ", [plan_id=\(planIds)]"
        }
        func exchangeKind(_ stage: StagePlan) -> String {
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
                case .single where h.broadcast:
                    return "BroadcastExchange HashedRelationBroadcastMode(List(\(Self.broadcastKeys(stage.root))),false)"
                case .single: return "Exchange SinglePartition, ENSURE_REQUIREMENTS"
                case .roundRobin: return "Exchange RoundRobinPartitioning(\(h.partitions)), REPARTITION_BY_NUM"
                case .contiguous: return "Coalesce \(h.partitions)"
                }
            case .result: return ""
            }
        }
        /// A join key over one side: past an exchange, the expression the map stage's projection computes.
        func keyText(_ key: BoundExpression, over side: PhysicalOperator) -> String {
            if case .shuffleRead(let h) = side, let map = byShuffle[h.id] { return Self.keyText(key, over: map.root) }
            return Self.keyText(key, over: side)
        }
        /// Spark's `SortMergeJoin [l], [r], Inner[, condition]` with each side sorted by its keys below it
        /// (EnsureRequirements), `BroadcastHashJoin [l], [r], Inner, BuildRight[, condition], false, false`.
        func joinLines(_ spec: JoinSpec, _ left: PhysicalOperator, _ right: PhysicalOperator, prefix: String,
                       below: String) {
            let leftKeyTexts = spec.leftKeys.map { keyText($0, over: left) }
            let rightKeyTexts = spec.rightKeys.map { keyText($0, over: right) }
            let keys = "[\(leftKeyTexts.joined(separator: ", "))], [\(rightKeyTexts.joined(separator: ", "))]"
            let condition = spec.residual.map { ", " + $0.planText(spec.pairSchema) } ?? ""
            switch spec.strategy {
            case .sortMerge:
                lines.append(prefix + "SortMergeJoin \(keys), \(spec.type.planName)\(condition)")
                for (i, (child, texts)) in [(left, leftKeyTexts), (right, rightKeyTexts)].enumerated() {
                    let sorted = texts.map { "\($0) ASC NULLS FIRST" }.joined(separator: ", ")
                    lines.append(below + (i == 0 ? ":- " : "+- ") + "Sort [\(sorted)], false, 0")
                    walk(child, below + (i == 0 ? ":  " : "   "), "+- ")
                }
                return
            case .broadcastHash(let buildLeft):
                lines.append(prefix + "BroadcastHashJoin \(keys), \(spec.type.planName), "
                             + (buildLeft ? "BuildLeft" : "BuildRight") + condition + ", false, false")
            case .nestedLoop:
                lines.append(prefix + "\(spec.strategy.explainName) \(spec.type.planName)\(condition)")
            }
            walk(left, below, ":- ")
            walk(right, below, "+- ")
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
            case .project(let expressions, let schema, let child) where Self.onlyAddsColumnJoinKeys(expressions, schema, child):
                // The planner's copy of a join's column keys (`id AS __key0`) beside the side's own columns: Spark
                // hashes and sorts by the column itself, so there is nothing to draw.
                walk(child, indent, marker, stage: parent)
                return
            case .project(let expressions, let schema, let child):
                var input = child.schema
                if case .window(let spec, let windowInput) = child {
                    // The window's columns take the names this projection gives them, as Spark's Window outputs
                    // its aliases; a projection that then only passes the window's output on is not drawn.
                    var names = Self.windowOutputNames(spec, inputCount: windowInput.schema.count)
                    var uses = [Int: Int]()
                    for case .column(let i, _) in expressions { uses[i, default: 0] += 1 }
                    for (j, e) in expressions.enumerated() {
                        if case .column(let i, _) = e, i >= windowInput.schema.count, uses[i] == 1 { names[i] = schema[j].name }
                    }
                    input = StructType(zip(input.fields, names).map { StructField($1, $0.dataType, nullable: $0.nullable) })
                    windowNames = names
                    let passesOn = expressions.count == input.count && expressions.enumerated().allSatisfy { j, e in
                        if case .column(let i, _) = e { i == j && input[i].name == schema[j].name } else { false }
                    }
                    if passesOn { return walk(child, indent, marker, stage: parent) }
                }
                let items = zip(expressions, schema.fields).map { $0.namedPlanText($1.name, input) }
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
            case .hashJoin(let spec, let left, let right):
                // A join whose output is not its sides' columns (a using-join's key once, a full outer join's
                // coalesced key) is Spark's join under a Project of that output.
                guard let projection = joinProjection(spec) else {
                    return joinLines(spec, left, right, prefix: prefix, below: below)
                }
                lines.append(prefix + "Project [\(projection)]")
                return joinLines(spec, left, right, prefix: below + "+- ", below: below + "   ")
            case .window(let spec, let child):
                // `Window [rank(v) windowspecdefinition(...) AS r], [k], [v DESC NULLS LAST]`, each function named
                // by the projection above (`_we0`, Spark's name, where none names it alone).
                let names = windowNames ?? Self.windowOutputNames(spec, inputCount: child.schema.count)
                windowNames = nil
                let functions = zip(spec.functions, names.dropFirst(child.schema.count)).map {
                    $0.planText(partitionKeys: spec.partitionKeys, orderKeys: spec.orderKeys, over: child.schema) + " AS \($1)"
                }
                let keys = spec.partitionKeys.map { $0.planText(child.schema) }.joined(separator: ", ")
                lines.append(prefix + "Window [\(functions.joined(separator: ", "))], [\(keys)], "
                             + "[\(Self.sortText(spec.orderKeys, child.schema))]")
                // A window below passes its columns on under these names.
                if case .window = child { windowNames = Array(names.prefix(child.schema.count)) }
                if let sort = Self.requiredSort(spec.partitionKeys, spec.orderKeys, over: child) {
                    lines.append(below + "+- " + sort)
                    walk(child, below + "   ", "+- ", stage: stage)
                    return
                }
            case .windowGroupLimit(let spec, let child):
                let keys = spec.partitionKeys.map { $0.planText(child.schema) }.joined(separator: ", ")
                lines.append(prefix + "WindowGroupLimit [\(keys)], [\(Self.sortText(spec.orderKeys, child.schema))], "
                             + "\(spec.function.sqlName), \(spec.limit), \(spec.mode.rawValue)")
                if let sort = Self.requiredSort(spec.partitionKeys, spec.orderKeys, over: child) {
                    lines.append(below + "+- " + sort)
                    walk(child, below + "   ", "+- ", stage: stage)
                    return
                }
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
