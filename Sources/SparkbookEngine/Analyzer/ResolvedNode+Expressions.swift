/// The bound expressions of each operator, for rules that rewrite expressions wherever they are.
extension ResolvedNode {
    /// The same operator with each of its own expressions (not its children's) mapped by `f`.
    func mapExpressions(_ f: (BoundExpression) -> BoundExpression) -> ResolvedNode {
        func call(_ c: AggregateCall) -> AggregateCall { AggregateCall(function: c.function, input: c.input.map(f)) }
        func key(_ k: SortKey) -> SortKey { SortKey(expression: f(k.expression), direction: k.direction) }
        switch self {
        case .scan, .local, .cached, .limit, .coalesce, .union, .sample, .subqueryAlias: return self
        case .project(let e, let c): return .project(e.map(f), c)
        case .filter(let e, let c): return .filter(f(e), c)
        case .aggregate(let s, let c):
            return .aggregate(AggregateSpec(keys: s.keys.map(f), keyTypes: s.keyTypes, calls: s.calls.map(call),
                                            output: s.output.map(f), outputSchema: s.outputSchema), c)
        case .sort(let keys, let global, let c): return .sort(keys.map(key), global: global, c)
        case .repartition(let n, let keys, let c): return .repartition(n, keys.map(f), c)
        case .join(let j, let l, let r):
            return .join(ResolvedJoin(type: j.type, leftKeys: j.leftKeys.map(f), rightKeys: j.rightKeys.map(f),
                                      residual: j.residual.map(f), output: j.output.map(f),
                                      outputSchema: j.outputSchema), l, r)
        case .window(let s, let exchanging, let c):
            let functions = s.functions.map { function -> BoundWindowFunction in
                switch function {
                case .rowNumber, .rank, .denseRank, .percentRank, .ntile, .cumeDist: function
                case .offset(let e, let by, let d): .offset(f(e), by: by, defaultValue: d)
                case .aggregate(let a, let frame): .aggregate(call(a), frame: frame)
                }
            }
            return .window(WindowSpec(partitionKeys: s.partitionKeys.map(f), orderKeys: s.orderKeys.map(key),
                                      functions: functions, outputSchema: s.outputSchema), exchanging: exchanging, c)
        case .windowGroupLimit(let s, let c):
            return .windowGroupLimit(WindowGroupLimitSpec(partitionKeys: s.partitionKeys.map(f), orderKeys: s.orderKeys.map(key),
                                                          function: s.function, limit: s.limit, mode: s.mode), c)
        case .generate(let s, let c):
            return .generate(GenerateSpec(others: s.others.map(f), generator: s.generator.with(inputs: s.generator.inputs.map(f)),
                                          position: s.position, outputSchema: s.outputSchema), c)
        }
    }
}
