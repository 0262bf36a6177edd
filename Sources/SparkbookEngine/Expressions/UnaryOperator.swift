public enum UnaryOperator: Sendable, Hashable {
    case negate, not, isNull, isNotNull
}
