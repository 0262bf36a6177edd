/// A bound expression as Spark's plan strings print it (`(v * 2.0)`, `cast(id as bigint)`, `isnotnull(id)`),
/// with each column by its name in `input` (Spark adds expression ids, `#12L`, which depend on the JVM session
/// and are left out).
extension BoundExpression {
    public func planText(_ input: StructType) -> String {
        switch self {
        case .column(let i, _): return input.fields.indices.contains(i) ? input[i].name : "#\(i)"
        // Spark's Literal prints a null as `null` (a column named after one is `NULL`).
        case .literal(let value, _): return value.isNull ? "null" : value.literalName
        case .unary(.negate, let e, _): return "-\(e.planText(input))"
        case .unary(.not, let e, _): return "NOT \(e.planText(input))"
        case .unary(.isNull, let e, _): return "isnull(\(e.planText(input)))"
        case .unary(.isNotNull, let e, _): return "isnotnull(\(e.planText(input)))"
        case .binary(.notEqual, let l, let r, _): return "NOT (\(l.planText(input)) = \(r.planText(input)))"
        case .binary(let op, let l, let r, _): return "(\(l.planText(input)) \(op.sparkSymbol) \(r.planText(input)))"
        case .cast(let e, let t): return "cast(\(e.planText(input)) as \(t.simpleString))"
        case .function(let f, let args): return "\(f.function.name)(\(args.map { $0.planText(input) }.joined(separator: ", ")))"
        }
    }

    /// A select item: a column kept under its name prints as the name, anything else as `expression AS name`.
    public func namedPlanText(_ name: String, _ input: StructType) -> String {
        if case .column(let i, _) = self, input.fields.indices.contains(i), input[i].name == name { return name }
        return "\(planText(input)) AS \(name)"
    }
}

extension AggregateCall {
    /// `sum(v)`, `count(1)`.
    public func planText(_ input: StructType) -> String {
        "\(function.sqlName)(\(self.input.map { $0.planText(input) } ?? "1"))"
    }

    /// The names of its partial-aggregation buffer as Spark's physical plans print a partial `HashAggregate`'s
    /// output (`sum`, `sum, count` for an average, `n, avg, m2` for a deviation), one per partial column.
    public var bufferNames: [String] {
        let names: [String] = switch function.evaluatedAs {
        case .count, .countIf: ["count"]
        case .avg, .regrAvgx, .regrAvgy: ["sum", "count"]
        case .stddev, .stddevSamp, .std, .stddevPop, .variance, .varianceSamp, .variancePop, .regrSxx, .regrSyy:
            ["n", "avg", "m2"]
        case .covarSamp, .covarPop, .regrSxy: ["n", "xAvg", "yAvg", "ck"]
        case .corr, .regrR2: ["n", "xAvg", "yAvg", "ck", "xMk", "yMk"]
        case .collectList, .collectSet: ["buf"]
        default: [function.sqlName]
        }
        let count = max(1, partialTypes.count)
        return names.count == count ? names : (0..<count).map { $0 < names.count ? names[$0] : function.sqlName }
    }
}
