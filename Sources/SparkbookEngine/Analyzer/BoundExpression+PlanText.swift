/// A bound expression as Spark's plan strings print it (`(v * 2.0)`, `cast(id as bigint)`, `isnotnull(id)`),
/// with each column by its name in `input` (Spark adds expression ids, `#12L`, which depend on the JVM session
/// and are left out).
extension BoundExpression {
    public func planText(_ input: StructType) -> String {
        switch self {
        case .column(let i, _): return input.fields.indices.contains(i) ? input[i].name : "#\(i)"
        case .literal(let value, _): return value.literalName
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
    func planText(_ input: StructType) -> String {
        "\(function.sqlName)(\(self.input.map { $0.planText(input) } ?? "1"))"
    }
}
