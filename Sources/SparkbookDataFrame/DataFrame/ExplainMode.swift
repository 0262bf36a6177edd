import SparkbookEngine

/// The output formats of `explain` (Spark's `ExplainMode`); the name is matched case-insensitively.
public enum ExplainMode: String, Sendable, CaseIterable {
    case simple, extended, codegen, cost, formatted

    /// Spark's mode for a name, or its `IllegalArgumentException` for an unknown one.
    public init(named name: String) throws {
        guard let mode = ExplainMode(rawValue: name.lowercased()) else {
            throw SparkError(.illegalArgument,
                             message: "Unknown explain mode: \(name). Accepted explain modes are 'simple', 'extended', 'codegen', 'cost', 'formatted'.")
        }
        self = mode
    }
}
