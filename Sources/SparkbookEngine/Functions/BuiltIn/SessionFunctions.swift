/// What the session is: `current_catalog()` (`spark_catalog`), `current_database()`/`current_schema()` (Sparkbook
/// has one database, `default`; Spark names both `current_schema()`), `current_timezone()` (the session time zone).
enum SessionFunctions {
    static let all: [any ScalarFunction] = [
        constant("current_catalog", "spark_catalog"),
        RowFunction("current_database", arity: 0...0, nullability: .never, namer: { _ in "current_schema()" },
                    signature: Signatures.fixed([], .string)) { _, _ in .string("default") },
        constant("current_schema", "default"),
        RowFunction("current_timezone", arity: 0...0, nullability: .never, signature: Signatures.fixed([], .string)) { _, context in
            .string(context.sessionTimeZone)
        },
    ]

    static func constant(_ name: String, _ value: String) -> RowFunction {
        RowFunction(name, arity: 0...0, nullability: .never, signature: Signatures.fixed([], .string)) { _, _ in .string(value) }
    }
}
