public enum BinaryOperator: Sendable, Hashable {
    case add, subtract, multiply, divide, modulo
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    case and, or

    /// The symbol Spark uses in generated column names (`(a + b)`, `(a = 1)`, `(a AND b)`).
    public var sparkSymbol: String {
        switch self {
        case .add: "+"
        case .subtract: "-"
        case .multiply: "*"
        case .divide: "/"
        case .modulo: "%"
        case .equal: "="
        case .notEqual: "!="
        case .less: "<"
        case .lessOrEqual: "<="
        case .greater: ">"
        case .greaterOrEqual: ">="
        case .and: "AND"
        case .or: "OR"
        }
    }

    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: true
        default: false
        }
    }
}
