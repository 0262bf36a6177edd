/// Prefix operators: `-x`, `+x`, `not x`, `~x` (bitwise not; on Spark columns, negation).
public enum UnaryOperator: String, Sendable, Hashable {
    case negate = "-"
    case plus = "+"
    case not = "not"
    case invert = "~"
}

/// Arithmetic and bitwise infix operators. On Spark columns `&`, `|`, `~` mean and/or/not.
public enum BinaryOperator: String, Sendable, Hashable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//"
    case modulo = "%", power = "**"
    case bitAnd = "&", bitOr = "|", bitXor = "^", leftShift = "<<", rightShift = ">>"
}

/// Comparison operators; a chain `a < b < c` is one `compare` node with two links.
public enum ComparisonOperator: String, Sendable, Hashable {
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case `in` = "in", notIn = "not in", `is` = "is", isNot = "is not"
}

/// Short-circuiting `and` / `or`.
public enum BooleanOperator: String, Sendable, Hashable {
    case and, or
}
