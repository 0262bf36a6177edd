/// `raise_error(msg)` and `assert_true(cond, msg)`: Spark's `USER_RAISED_EXCEPTION` with the given message, raised
/// only by a row that evaluates the call (in a `CASE` branch no row takes, never). Both are typed `void`.
enum ErrorFunctions {
    static let all: [any ScalarFunction] = [
        RowFunction("raise_error", arity: 1...1, nullIntolerant: false,
                    namer: { "raise_error(USER_RAISED_EXCEPTION, map(errorMessage, \($0[0])))" },
                    signature: Signatures.fixed([.string], .null)) { v, _ in
            throw raised(v[0])
        },
        // The default message (`'(a < b)' is not true!`) is the binding's, which knows the condition's text.
        RowFunction("assert_true", arity: 2...2, nullIntolerant: false, signature: { t, _ in
            guard t[0] == .boolean || t[0] == .null else {
                throw Signatures.mismatch("assert_true", 1, "\"BOOLEAN\"", t[0])
            }
            return FunctionSignature(inputs: [.boolean, .string], result: .null)
        }) { v, _ in
            if case .boolean(true) = v[0] { return .null }
            throw raised(v[1])
        },
    ]

    static func raised(_ message: Value) -> SparkError {
        SparkError(.execution, errorClass: "USER_RAISED_EXCEPTION", message: message.isNull ? "null" : message.string,
                   sqlState: "P0001")
    }
}
