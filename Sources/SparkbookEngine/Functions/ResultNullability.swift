/// When a row function's result may be null, as Spark's `nullable` says for it, given whether each argument may
/// be null. It decides `df.schema`/`printSchema`, never the values: evaluation follows the function's rule.
public enum ResultNullability: Sendable {
    /// May be null even for non-null arguments (`sqrt(-1)`, `to_date`, `round`): Spark's default.
    case always
    /// Never null (`a <=> b`, `current_date()`).
    case never
    /// Null only when an argument is (`upper`, `year`, `a LIKE b`): Spark's null-intolerant expressions.
    case whenAnyArgument
    /// Null only when every argument is (`coalesce`, `greatest`, `least`).
    case whenAllArguments
    /// A rule of its own, on whether each argument may be null.
    case rule(@Sendable ([Bool]) -> Bool)

    func resultNullable(_ argumentsNullable: [Bool]) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .whenAnyArgument: argumentsNullable.contains(true)
        case .whenAllArguments: !argumentsNullable.contains(false)
        case .rule(let rule): rule(argumentsNullable)
        }
    }
}
