/// Python's `decimal.Decimal` constructor: from text or an int (a float would carry its binary expansion, which
/// Sparkbook does not model, so it is refused with the usual advice).
enum DecimalModule {
    static let decimal = PyClass("Decimal", module: "decimal")

    static func construct(_ args: CallArguments) throws -> PyValue {
        let v = try args.bind(["value", "context"])
        switch v[0] ?? .string("0") {
        case .string(let text):
            guard let d = PyDecimal(text) else {
                throw ScriptError("InvalidOperation", "[<class 'decimal.ConversionSyntax'>]")
            }
            return .decimal(d)
        case .int(let i): return .decimal(PyDecimal(i))
        case .bool(let b): return .decimal(PyDecimal(b ? 1 : 0))
        case .decimal(let d): return .decimal(d)
        case .float:
            throw ScriptError("NotImplementedError", "Decimal(float) is not supported in Sparkbook; pass the number as a string, e.g. Decimal('12.50')")
        case let other:
            throw ScriptError.type("conversion from \(other.typeName) to Decimal is not supported")
        }
    }
}
