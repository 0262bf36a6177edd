/// `ceil(x[, scale])` and `floor(x[, scale])`: alone, a whole number as a bigint (`CEIL(x)`); with a scale, Spark's
/// `RoundCeil`/`RoundFloor` on `x` as a decimal (a double as `decimal(30,15)`, a float `decimal(14,7)`, integers
/// as their digits), into `decimal(p - s + min(s, scale) + 1, min(s, scale))` (scale 0 when negative), named
/// lower-case (`ceil(x, 1)`). The scale must be a constant.
struct CeilFloorFunction: ScalarFunction {
    let name: String
    let mode: RoundFunction.Mode
    /// The one-argument form.
    let whole: RowFunction
    var arity: ClosedRange<Int> { 1...2 }

    func signature(_ types: [DataType], context: FunctionContext) throws -> FunctionSignature {
        guard types.count == 2 else { return try whole.signature(types, context: context) }
        return try scaled(types, scale: 0)
    }

    func signature(of arguments: [BoundExpression], context: FunctionContext) throws -> FunctionSignature {
        guard arguments.count == 2 else { return try signature(arguments.map(\.dataType), context: context) }
        guard case .literal(let value, _) = arguments[1], let scale = value.int64Value else {
            throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                             message: "The scale of \(name) must be an INT constant.", sqlState: "42K09")
        }
        return try scaled(arguments.map(\.dataType), scale: Int(scale))
    }

    private func scaled(_ types: [DataType], scale: Int) throws -> FunctionSignature {
        guard case .decimal(let p, let s) = try Self.decimal(name, types[0]) else { preconditionFailure("a decimal") }
        let kept = scale < 0 ? 0 : min(s, scale)
        let precision = scale < 0 ? p - s + 1 : p - s + kept + 1
        return FunctionSignature(inputs: [types[0], .integer],
                                 result: .decimal(precision: min(precision, DecimalPrecision.maxPrecision), scale: kept))
    }

    /// The decimal type Spark casts a number to before rounding it at a scale.
    static func decimal(_ name: String, _ type: DataType) throws -> DataType {
        switch type {
        case .double: return .decimal(precision: 30, scale: 15)
        case .float: return .decimal(precision: 14, scale: 7)
        case .null: return .decimal(precision: 10, scale: 0)
        default:
            guard let decimal = DecimalPrecision.forIntegral(type) else {
                throw Signatures.mismatch(name, 1, "\"DECIMAL\"", type)
            }
            return decimal
        }
    }

    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        guard arguments.count == 2, case .decimal(let p, let s) = signature.result else {
            return try whole.evaluate(arguments, rowCount: rowCount, signature: signature, context: context)
        }
        let input = try Self.decimal(name, signature.inputs[0])
        var builder = ColumnBuilder(type: signature.result, capacity: rowCount)
        for row in 0..<rowCount {
            guard case .decimal(let d) = ValueCast.cast(arguments[0].value(at: row), to: input),
                  let scale = arguments[1].value(at: row).int64Value else { builder.appendNull(); continue }
            guard case .decimal(let rounded) = RoundFunction.decimal(d, scale: Int(scale), mode: mode),
                  let fitted = rounded.converted(precision: p, scale: s) else {
                throw DecimalCast.outOfRange(d.plainText, precision: p, scale: s)
            }
            builder.append(.decimal(fitted))
        }
        return builder.finish()
    }

    func generatedName(_ arguments: [String]) -> String {
        arguments.count == 1 ? whole.generatedName(arguments) : "\(name)(\(arguments.joined(separator: ", ")))"
    }
}
