/// A function argument of the wrong type, as a function's signature reports it. The signature sees only
/// types; the binder, which knows how the call and its arguments are spelled, turns it into Spark's message.
public struct ArgumentTypeMismatch: Error, Sendable, Equatable {
    public enum Requirement: Sendable, Equatable {
        /// `The first parameter requires the "ARRAY" type, ...`; `required` is spelled as Spark spells it.
        case parameter(required: String)
        /// `col[i]` on a value that is not an array, map or struct.
        case extractBase
    }

    /// Zero-based position of the argument.
    public let argument: Int
    public let requirement: Requirement
    public let actual: DataType

    public init(argument: Int, _ requirement: Requirement, actual: DataType) {
        self.argument = argument
        self.requirement = requirement
        self.actual = actual
    }

    /// Spark's error for the call `call` whose arguments are named `arguments`.
    public func sparkError(call: String, arguments: [String]) -> SparkError {
        let name = argument < arguments.count ? arguments[argument] : "?"
        let type = actual.simpleString.uppercased()
        switch requirement {
        case .parameter(let required):
            let ordinals = ["first", "second", "third", "fourth", "fifth"]
            let ordinal = argument < ordinals.count ? ordinals[argument] : "\(argument + 1)th"
            return SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                              message: "Cannot resolve \"\(call)\" due to data type mismatch: The \(ordinal) parameter requires the \(required) type, however \"\(name)\" has the type \"\(type)\".",
                              sqlState: "42K09")
        case .extractBase:
            return SparkError(.analysis, errorClass: "INVALID_EXTRACT_BASE_FIELD_TYPE",
                              message: "Can't extract a value from \"\(name)\". Need a complex type [STRUCT, ARRAY, MAP] but got \"\(type)\".",
                              sqlState: "42000")
        }
    }
}
