/// A generator in a select list: `explode`, `posexplode`, `inline` (each with its `_outer` form) or `stack`,
/// optionally aliased (`.alias("k", "v")` names each added column). Generators turn one input row into as many
/// output rows as they generate, so they cannot be scalar functions: the planner finds them in a projection
/// and plans a `generate` operator instead (Spark's `Generate`).
public struct GeneratorCall: Sendable, Hashable {
    /// The internal name of a multi-name alias (`Column.alias("a", "b")`): the aliased expression, then the
    /// names as literals. Only a generator may take one, as in Spark.
    public static let multiAlias = "__multi_alias"

    public let kind: Generator.Kind
    public let outer: Bool
    /// The call without its aliases, as Spark names it in errors.
    public let call: Expression
    public let arguments: [Expression]
    /// The names given by an alias, if any; else Spark's defaults (`col`, `pos`, `key`, `value`, ...).
    public let aliases: [String]?

    /// The generator at the top of `expression` (under at most one alias), if there is one.
    public init?(_ expression: Expression) {
        var aliases: [String]?
        var e = expression
        if case .alias(let inner, let name) = e { aliases = [name]; e = inner }
        if case .function(Self.multiAlias, let arguments) = e, let inner = arguments.first {
            aliases = arguments.dropFirst().map { if case .literal(let v) = $0 { v.string } else { "" } }
            e = inner
        }
        guard case .function(let name, let arguments) = e, let (kind, outer) = Self.kind(name) else { return nil }
        let expected = kind == .stack ? 2...Int.max : 1...1
        guard expected.contains(arguments.count) else { return nil }
        self.kind = kind
        self.outer = outer
        self.call = e
        self.arguments = arguments
        self.aliases = aliases
    }

    static func kind(_ name: String) -> (Generator.Kind, Bool)? {
        let lower = name.lowercased()
        let outer = lower.hasSuffix("_outer") && lower != "stack_outer"
        guard let kind = Generator.Kind(rawValue: outer ? String(lower.dropLast(6)) : lower) else { return nil }
        return (kind, outer)
    }

    /// Whether `name` is a generator function's name.
    public static func isGenerator(_ name: String) -> Bool { kind(name) != nil }

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

    /// Spark's error when an alias names more or fewer columns than the generator adds.
    static func aliasCount(expected: Int, _ aliases: [String]) -> SparkError {
        SparkError(.analysis, errorClass: "UDTF_ALIAS_NUMBER_MISMATCH",
                   message: "The number of aliases supplied in the AS clause does not match the number of columns output by the UDTF.\nExpected \(expected) aliases, but got \(aliases.joined(separator: ", ")).",
                   sqlState: "42802")
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
