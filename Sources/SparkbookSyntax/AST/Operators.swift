/// Prefix operators: `-x`, `+x`, `not x`, `~x` (bitwise not; on Spark columns, negation).
public enum UnaryOperator: String, Sendable, Hashable {
    case negate = "-"
    case plus = "+"
    case not = "not"
    case invert = "~"
}
