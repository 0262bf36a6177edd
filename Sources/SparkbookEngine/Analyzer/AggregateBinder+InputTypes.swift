/// The input types Spark requires of aggregates beyond `sum`/`avg`'s numbers, with its error.
extension AggregateBinder {
    static func checkInputType(of function: AggregateFunction, _ bound: BoundExpression, call e: Expression,
                               argument: Expression) throws {
        let required: String
        let accepted: Bool
        switch function.semantics {
        case .boolAnd, .boolOr, .countIf:
            required = "BOOLEAN"; accepted = bound.dataType == .boolean || bound.dataType == .null
        case .bitAnd, .bitOr, .bitXor:
            required = "INTEGRAL"
            accepted = [.byte, .short, .integer, .long, .null].contains(bound.dataType)
        default: return
        }
        guard !accepted else { return }
        throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                         message: "Cannot resolve \"\(e.generatedName)\" due to data type mismatch: The first parameter requires the \"\(required)\" type, however \"\(argument.generatedName)\" has the type \"\(bound.dataType.simpleString.uppercased())\".",
                         sqlState: "42K09")
    }
}
