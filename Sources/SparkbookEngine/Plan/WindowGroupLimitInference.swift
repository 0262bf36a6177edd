/// Spark's `InferWindowGroupLimit` rule (Spark 3.5+), kept apart so it can move onto a logical optimizer: a
/// filter over a window whose functions are all `row_number`, `rank` or `dense_rank` over one ordered
/// partitioning, and whose condition bounds one of their columns (`rn <= k`, `rn < k`, `rn = k`, or mirrored),
/// lets each window partition keep only its top rows before the window is computed (`WindowGroupLimitSpec`).
enum WindowGroupLimitInference {
    /// What the filter allows: the function bounded and its largest value a kept row has.
    struct Request: Equatable {
        let function: WindowGroupLimitSpec.Function
        let limit: Int
        let window: WindowSpecification
    }

    /// `spark.sql.optimizer.windowGroupLimitThreshold`: larger limits are not worth it.
    static let threshold = 1000

    /// The entry point: a filter's condition over its child; nil when Spark's rule leaves the plan alone. (With
    /// no partition keys Spark plans a `Limit` over the window instead, and a limit below 1 an empty relation;
    /// neither changes the result, so neither is inferred here.)
    static func infer(condition: Expression, over child: LogicalPlan) -> Request? {
        guard case .window(let expressions, _) = unwrapped(child) else { return nil }
        var calls: [(WindowFunctionCall, WindowSpecification)] = []
        var named: [String: (WindowGroupLimitSpec.Function, WindowSpecification)] = [:]
        var supported = true
        func collect(_ e: Expression, name: String?) {
            switch e {
            case .window(let call, let spec):
                calls.append((call, spec))
                guard let function = rankLike(call) else { supported = false; return }
                if let name { named[name.lowercased()] = (function, spec) }
            case .alias(let x, let n): collect(x, name: n)
            case .unary(_, let x), .cast(let x, _), .sortOrder(let x, _): collect(x, name: nil)
            case .binary(_, let a, let b): collect(a, name: nil); collect(b, name: nil)
            case .function(_, let args): args.forEach { collect($0, name: nil) }
            default: break
            }
        }
        expressions.forEach { collect($0, name: nil) }
        guard supported, let spec = calls.first?.1, !spec.orderBy.isEmpty, !spec.partitionBy.isEmpty,
              calls.allSatisfy({ $0.1.partitionBy == spec.partitionBy && $0.1.orderBy == spec.orderBy })
        else { return nil }
        var limits: [(function: WindowGroupLimitSpec.Function, limit: Int)] = []
        for conjunct in conjuncts(condition) {
            guard let (name, limit) = bound(conjunct), let (function, _) = named[name] else { continue }
            limits.append((function, limit))
        }
        // Row numbers first (the cheapest), then the smallest limit.
        let rowNumbers = limits.filter { $0.function == .rowNumber }
        guard let chosen = (rowNumbers.isEmpty ? limits : rowNumbers).min(by: { $0.limit < $1.limit }),
              chosen.limit > 0, chosen.limit <= threshold else { return nil }
        return Request(function: chosen.function, limit: chosen.limit, window: spec)
    }

    /// Whether a pending request may pass through `plan` on its way to the window below (aliases and plan
    /// marks rename nothing).
    static func passesThrough(_ plan: LogicalPlan) -> Bool {
        switch plan {
        case .identified, .subqueryAlias, .window: true
        default: false
        }
    }

    private static func unwrapped(_ plan: LogicalPlan) -> LogicalPlan {
        switch plan {
        case .identified(_, let child), .subqueryAlias(_, _, let child): unwrapped(child)
        default: plan
        }
    }

    private static func rankLike(_ call: WindowFunctionCall) -> WindowGroupLimitSpec.Function? {
        switch call {
        case .rowNumber: .rowNumber
        case .rank: .rank
        case .denseRank: .denseRank
        default: nil
        }
    }

    private static func conjuncts(_ e: Expression) -> [Expression] {
        if case .binary(.and, let l, let r) = e { return conjuncts(l) + conjuncts(r) }
        return [e]
    }

    /// `name op k` or `k op name` with an integer literal `k`, as the largest value the column may take
    /// (Spark's `extractLimits`: `=` and `<=` give k, `<` gives k - 1).
    private static func bound(_ e: Expression) -> (String, Int)? {
        guard case .binary(let op, let a, let b) = e else { return nil }
        func name(_ x: Expression) -> String? {
            switch x {
            case .column(let n), .dataFrameColumn(let n, _): n.lowercased()
            default: nil
            }
        }
        func literal(_ x: Expression) -> Int? {
            if case .literal(.integer(let v)) = x { return Int(v) }
            return nil
        }
        if let n = name(a), let k = literal(b) {
            switch op {
            case .equal, .lessOrEqual: return (n, k)
            case .less: return (n, k - 1)
            default: return nil
            }
        }
        if let k = literal(a), let n = name(b) {
            switch op {
            case .equal, .greaterOrEqual: return (n, k)
            case .greater: return (n, k - 1)
            default: return nil
            }
        }
        return nil
    }
}
