/// Arithmetic and bitwise infix operators. On Spark columns `&`, `|`, `~` mean and/or/not.
public enum BinaryOperator: String, Sendable, Hashable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//"
    case modulo = "%", power = "**"
    case bitAnd = "&", bitOr = "|", bitXor = "^", leftShift = "<<", rightShift = ">>"
}
