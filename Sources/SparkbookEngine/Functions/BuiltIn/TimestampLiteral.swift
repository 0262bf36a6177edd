/// SQL's `TIMESTAMP '2024-01-02 03:04:05'`: a literal whose instant depends on the session time zone, which the
/// parser does not know, so it is a call resolved with the session's context, named as Spark names the literal.
enum TimestampLiteral {
    /// The internal function name; not a name users call.
    static let name = "__timestamp_literal"

    static let function: any ScalarFunction =
        RowFunction(name, arity: 1...1, nullability: .never, namer: { "TIMESTAMP '\($0[0])'" },
                    signature: Signatures.fixed([.string], .timestamp)) { v, context in
            try ValueCast.ansiCast(v[0], to: .timestamp, sessionTimeZone: context.sessionTimeZone)
        }

    /// The literal's expression, or Spark's parse error when the text is not a timestamp.
    static func expression(_ text: String) throws -> Expression {
        guard (try? ValueCast.ansiCast(.string(text), to: .timestamp)) != nil else {
            throw invalid("TIMESTAMP", text)
        }
        return .function(name, [.literal(.string(text))])
    }

    static func invalid(_ type: String, _ text: String) -> SparkError {
        SparkError(.analysis, errorClass: "INVALID_TYPED_LITERAL",
                   message: "The value of the typed literal \"\(type)\" is invalid: '\(text)'.", sqlState: "42604")
    }
}
