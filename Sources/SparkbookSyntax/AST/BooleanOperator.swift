/// Short-circuiting `and` / `or`.
public enum BooleanOperator: String, Sendable, Hashable {
    case and, or
}
