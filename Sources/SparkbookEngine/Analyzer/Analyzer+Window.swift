extension Analyzer {
    /// A projection with window functions. As Spark plans one Window operator per distinct partitioning and
    /// ordering, each such group gets its own exchange by its partition keys and its own sort, and appends its
    /// functions' columns (`__window<i>`); the projection then reads `input + window columns`.
    func resolveWindow(_ expressions: [Expression], _ input: ResolvedPlan) throws -> ResolvedPlan {
        var calls: [(WindowFunctionCall, WindowSpecification)] = []
        func collect(_ e: Expression) {
            switch e {
            case .window(let call, let spec): if !calls.contains(where: { $0 == (call, spec) }) { calls.append((call, spec)) }
            case .alias(let x, _), .unary(_, let x), .cast(let x, _), .sortOrder(let x, _): collect(x)
            case .binary(_, let a, let b): collect(a); collect(b)
            case .function(_, let args): args.forEach(collect)
            default: break
            }
        }
        expressions.forEach(collect)
        guard !calls.isEmpty else { return try resolveProject(expressions, input) }
        // Frames may differ inside a group: one sort serves every frame over the same partitioning and ordering.
        var groups: [[Int]] = []
        for (i, call) in calls.enumerated() {
            if let g = groups.firstIndex(where: { calls[$0[0]].1.partitionBy == call.1.partitionBy && calls[$0[0]].1.orderBy == call.1.orderBy }) {
                groups[g].append(i)
            } else {
                groups.append([i])
            }
        }
        // As Spark needs no new exchange where the rows are already placed as a window requires: unpartitioned
        // windows first (one partition holds every group), then windows over the same keys one after another.
        let keyOrder = groups.map { calls[$0[0]].1.partitionBy }.reduce(into: [[Expression]]()) { seen, keys in
            if !seen.contains(keys) { seen.append(keys) }
        }
        groups = groups.enumerated().sorted { a, b in
            func rank(_ g: (offset: Int, element: [Int])) -> (Int, Int, Int) {
                let keys = calls[g.element[0]].1.partitionBy
                return (keys.isEmpty ? 0 : 1, keyOrder.firstIndex(of: keys)!, g.offset)
            }
            return rank(a) < rank(b)
        }.map(\.element)
        var windowed = input
        var placement: [Expression]?
        for group in groups {
            let keys = calls[group[0]].1.partitionBy
            windowed = try windowOperator(group.map { ($0, calls[$0].0, calls[$0].1) }, over: windowed,
                                          lineage: input.lineage,
                                          exchanging: placement.map { !$0.isEmpty && $0 != keys } ?? true)
            if placement != [] { placement = keys }
        }

        // Replace each window call with a reference to its column and project.
        func rewrite(_ e: Expression) -> Expression {
            e.rewritten { part in
                guard case .window(let call, let s) = part else { return nil }
                return .column("__window\(calls.firstIndex { $0 == (call, s) }!)")
            }
        }
        let projectBinder = ExpressionBinder(schema: windowed.schema, functions: functions, context: context)
        var bound: [BoundExpression] = [], fields: [StructField] = []
        for e in expressions {
            if case .star = e {
                for (i, f) in input.schema.fields.enumerated() { bound.append(.column(index: i, type: f.dataType)); fields.append(f) }
                continue
            }
            let b = try projectBinder.bind(rewrite(e))
            bound.append(b)
            let name: String
            if case .column(let n) = e, let i = input.schema.index(of: n) { name = input.schema[i].name } else { name = e.generatedName }
            fields.append(StructField(name, b.dataType, nullable: b.nullable(in: windowed.schema)))
        }
        return ResolvedPlan(.project(bound, windowed), schema: StructType(fields),
                            lineage: Self.lineage(input, count: fields.count))
    }

    /// One Window operator: the rows exchanged by the group's partition keys (a single partition without any),
    /// then its functions computed per partition as columns `__window<i>` after those of `input`.
    private func windowOperator(_ calls: [(index: Int, call: WindowFunctionCall, spec: WindowSpecification)],
                                over input: ResolvedPlan, lineage: ColumnLineage,
                                exchanging: Bool) throws -> ResolvedPlan {
        let spec = calls[0].spec
        let binder = ExpressionBinder(schema: input.schema, functions: functions, context: context, lineage: lineage)
        let partitionKeys = try spec.partitionBy.map { try binder.bind($0) }
        let orderKeys = try spec.orderBy.map { e -> SortKey in
            let (inner, direction) = SortKey.unwrap(e)
            return SortKey(expression: try binder.bind(inner), direction: direction)
        }
        var functions: [BoundWindowFunction] = []
        for (_, call, callSpec) in calls {
            try WindowFrameValidation.check(call, callSpec, orderTypes: orderKeys.map(\.expression.dataType))
            if call.requiresOrder && orderKeys.isEmpty {
                let name = call.generatedName.prefix { $0 != "(" }
                throw SparkError(.analysis, errorClass: "WINDOW_FUNCTION_FRAME_NOT_ORDERED",
                                 message: "Window function \(name) requires the window to be ordered. You need to add an ORDER BY clause. For example: SELECT \(name)() OVER (PARTITION BY window_partition ORDER BY window_ordering) FROM table.",
                                 sqlState: "42601")
            }
            switch call {
            case .rowNumber: functions.append(.rowNumber)
            case .rank: functions.append(.rank)
            case .denseRank: functions.append(.denseRank)
            case .percentRank: functions.append(.percentRank)
            case .ntile(let buckets):
                guard buckets > 0 else {
                    throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE",
                                     message: "Cannot resolve \"ntile(\(buckets))\" due to data type mismatch: The `buckets` must be between (0, 2147483647]. Currently, the value is \(buckets).",
                                     sqlState: "42K09")
                }
                functions.append(.ntile(buckets))
            case .cumeDist: functions.append(.cumeDist)
            case .lag(let e, let n, let d): functions.append(.offset(try binder.bind(e), by: -n, defaultValue: d))
            case .lead(let e, let n, let d): functions.append(.offset(try binder.bind(e), by: n, defaultValue: d))
            case .aggregate(let f, let e):
                let argument: BoundExpression? = e == .star ? nil : try binder.bind(e)
                let cast = argument.map { ($0.dataType == .string && (f == .sum || f == .avg)) ? .cast($0, .double) : $0 }
                functions.append(.aggregate(AggregateCall(function: f, input: cast), frame: callSpec.frame(for: call)))
            }
        }
        let windowFields = zip(calls, functions).map { StructField("__window\($0.index)", $1.resultType,
                                                                   nullable: $1.resultNullable(in: input.schema)) }
        let windowSpec = WindowSpec(partitionKeys: partitionKeys, orderKeys: orderKeys, functions: functions,
                                    outputSchema: StructType(input.schema.fields + windowFields))
        return ResolvedPlan(.window(windowSpec, exchanging: exchanging, input), schema: windowSpec.outputSchema,
                            lineage: Self.newColumns(input, count: windowSpec.outputSchema.count))
    }
}
