/// Comparison operators; a chain `a < b < c` is one `compare` node with two links.
public enum ComparisonOperator: String, Sendable, Hashable {
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case `in` = "in", notIn = "not in", `is` = "is", isNot = "is not"
}
