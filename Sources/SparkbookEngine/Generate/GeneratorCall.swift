/// A generator in a select list: `explode(arr)` or `explode_outer(arr)`, optionally aliased. Generators turn
/// one input row into as many output rows as the array has elements, so they cannot be scalar functions: the
/// planner finds them in a projection and plans a `generate` operator instead (Spark's `Generate`).
public struct GeneratorCall: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case explode
        case explodeOuter = "explode_outer"
    }

    public let kind: Kind
    public let input: Expression
    /// The output column's name: the alias, else Spark's default `col`.
    public let name: String

    /// The generator at the top of `expression` (under at most one alias), if there is one.
    public init?(_ expression: Expression) {
        var alias: String?
        var e = expression
        if case .alias(let inner, let name) = e { alias = name; e = inner }
        guard case .function(let name, let arguments) = e, let kind = Kind(rawValue: name.lowercased()),
              arguments.count == 1 else { return nil }
        self.kind = kind
        self.input = arguments[0]
        self.name = alias ?? "col"
    }

    /// Whether `name` is a generator function's name.
    public static func isGenerator(_ name: String) -> Bool { Kind(rawValue: name.lowercased()) != nil }

    static func nested(in expression: Expression) -> SparkError {
        SparkError(.analysis, errorClass: "UNSUPPORTED_GENERATOR.NESTED_IN_EXPRESSIONS",
                   message: "The generator is not supported: nested in expressions \"\(expression.generatedName)\".",
                   sqlState: "42K0E")
    }

    static func outsideSelect(_ expression: Expression) -> SparkError {
        SparkError(.analysis, errorClass: "UNSUPPORTED_GENERATOR.OUTSIDE_SELECT",
                   message: "The generator is not supported: outside the SELECT clause, found: \(expression.generatedName).",
                   sqlState: "42K0E")
    }

    static func multiple(_ names: [String]) -> SparkError {
        SparkError(.unsupported, errorClass: "UNSUPPORTED_FEATURE",
                   message: "Sparkbook supports one generator per select clause, but found \(names.count): \(names.joined(separator: ", ")). Explode in two selects instead.")
    }
}

extension Expression {
    /// Whether a generator (`explode`) appears anywhere in the expression.
    public var containsGenerator: Bool {
        switch self {
        case .function(let name, let args): GeneratorCall.isGenerator(name) || args.contains { $0.containsGenerator }
        case .column, .dataFrameColumn, .columnAt, .star, .literal, .window: false
        case .alias(let e, _), .unary(_, let e), .cast(let e, _), .sortOrder(let e, _), .aggregate(_, let e):
            e.containsGenerator
        case .binary(_, let l, let r): l.containsGenerator || r.containsGenerator
        }
    }
}
