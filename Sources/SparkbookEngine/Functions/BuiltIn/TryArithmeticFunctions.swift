/// `try_add`, `try_subtract`, `try_multiply` and `try_divide`: `+`, `-`, `*` and `/` typed as the operators are
/// (a date and a number of days for `try_add`/`try_subtract`, decimals as `DecimalPrecision` has them, `/` of other
/// numbers a double), whose overflow or zero divisor is null instead of ANSI's error.
enum TryArithmeticFunctions {
    static let all: [any ScalarFunction] = [
        TryArithmetic(name: "try_add", op: .add),
        TryArithmetic(name: "try_subtract", op: .subtract),
        TryArithmetic(name: "try_multiply", op: .multiply),
        TryArithmetic(name: "try_divide", op: .divide),
    ]
}

struct TryArithmetic: ScalarFunction {
    let name: String
    let op: BinaryOperator
    let arity: ClosedRange<Int> = 2...2

    func signature(_ types: [DataType], context: FunctionContext) throws -> FunctionSignature {
        // An interval divided by a number (IntervalArithmetic), null for a zero divisor.
        if op == .divide, IntervalArithmetic.isInterval(types[0]) {
            return FunctionSignature(inputs: [types[0], .double], result: types[0])
        }
        let days: Set<DataType> = [.integer, .short, .byte]
        if op == .add || op == .subtract, types[0] == .date, days.contains(types[1]) {
            return FunctionSignature(inputs: [.date, .integer], result: .date)
        }
        if op == .add, types[1] == .date, days.contains(types[0]) {
            return FunctionSignature(inputs: [.integer, .date], result: .date)
        }
        if types[0] == .string && types[1] == .string {
            throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.BINARY_OP_WRONG_TYPE",
                             message: "the binary operator requires the input type (\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\" or \"INTERVAL\"), not \"STRING\".",
                             sqlState: "42K09")
        }
        // A string operand takes the other side's family (BIGINT or DOUBLE), as ANSI coercion does.
        let operands = types.enumerated().map { i, type -> DataType in
            guard type == .string else { return type }
            let other = types[1 - i]
            return other == .double || other == .float ? .double : .long
        }
        for (i, type) in operands.enumerated() where !(type.isNumeric || type == .null) {
            throw Signatures.mismatch(name, i + 1, "\"NUMERIC\"", type)
        }
        if DecimalCoercion.involvesDecimal(operands[0], operands[1]),
           case .binary(_, let l, let r, let type) = DecimalCoercion.bindArithmetic(
               op, .literal(.null, type: operands[0]), .literal(.null, type: operands[1])) {
            return FunctionSignature(inputs: [l.dataType, r.dataType], result: type)
        }
        if op == .divide { return FunctionSignature(inputs: [.double, .double], result: .double) }
        let common = TypeCoercion.commonType(operands[0], operands[1]) ?? .double
        let type: DataType = common == .null ? .integer : common
        return FunctionSignature(inputs: [type, type], result: type)
    }

    func signature(of arguments: [BoundExpression], context: FunctionContext) throws -> FunctionSignature {
        let plain = try signature(arguments.map(\.dataType), context: context)
        // An integral literal beside a decimal widens to just its own digits, as `+` has it.
        guard case .decimal = plain.result,
              case .binary(_, let l, let r, let type) = DecimalCoercion.bindArithmetic(op, arguments[0], arguments[1]) else {
            return plain
        }
        return FunctionSignature(inputs: [l.dataType, r.dataType], result: type)
    }

    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        var builder = ColumnBuilder(type: signature.result, capacity: rowCount)
        for row in 0..<rowCount {
            builder.append(result(arguments[0].value(at: row), arguments[1].value(at: row), signature.result))
        }
        return builder.finish()
    }

    /// One row's result: null for a null operand or where the operator would overflow.
    func result(_ l: Value, _ r: Value, _ type: DataType) -> Value {
        if l.isNull || r.isNull { return .null }
        if op == .divide, IntervalArithmetic.isInterval(type) {
            guard let divisor = r.doubleValue, divisor != 0 else { return .null }
            return (try? IntervalArithmetic.scale(l, by: divisor, dividing: true)) ?? .null
        }
        switch (l, r, type) {
        case (.date(let d), .integer(let n), .date), (.integer(let n), .date(let d), .date):
            let (shifted, overflow) = op == .add ? d.addingReportingOverflow(n) : d.subtractingReportingOverflow(n)
            return overflow ? .null : .date(shifted)
        case (_, _, .decimal(let p, let s)):
            return (try? DecimalArithmetic.apply(op, l, r, precision: p, scale: s)) ?? .null
        default:
            return (try? ValueArithmetic.checked(op, l, r)) ?? .null
        }
    }
}
