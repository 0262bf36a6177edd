import SparkbookDataFrame
import SparkbookEngine
import SparkbookSyntax

/// Python operators over scalars, and PySpark's operator overloads on columns (`df.a + 1`, `c1 & c2`).
enum Operators {
    static func unary(_ op: SparkbookSyntax.UnaryOperator, _ v: PyValue, span: SourceSpan) throws -> PyValue {
        switch (op, v) {
        case (.not, .column):
            throw ScriptError("PySparkValueError",
                              "[CANNOT_CONVERT_COLUMN_INTO_BOOL] Cannot convert column into bool: please use '&' for 'and', '|' for 'or', '~' for 'not' when building DataFrame boolean expressions.",
                              span: span)
        case (.not, _): return .bool(!v.isTruthy)
        case (.negate, .int(let i)): return .int(-i)
        case (.negate, .float(let d)): return .float(-d)
        case (.negate, .decimal(let d)): return .decimal(-d)
        case (.plus, .decimal): return v
        case (.negate, .bool(let b)): return .int(b ? -1 : 0)
        case (.negate, .column(let c)): return .column(-c)
        case (.plus, .int), (.plus, .float), (.plus, .column): return v
        case (.invert, .column(let c)): return .column(~c)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .bool(let b)): return .int(b ? -2 : -1)
        default:
            throw ScriptError.type("bad operand type for unary \(op.rawValue): '\(v.typeName)'", span: span)
        }
    }

    static func binary(_ op: SparkbookSyntax.BinaryOperator, _ l: PyValue, _ r: PyValue, span: SourceSpan) throws -> PyValue {
        if case .column = l { return .column(try columnBinary(op, try l.literalColumn(), try r.literalColumn(), span)) }
        if case .column = r { return .column(try columnBinary(op, try l.literalColumn(), try r.literalColumn(), span)) }
        switch (l, r) {
        case (.int(let a), .int(let b)): return try intBinary(op, a, b, span)
        case (.bool, _), (_, .bool):
            return try binary(op, boolAsInt(l), boolAsInt(r), span: span)
        case (.float, .float), (.float, .int), (.int, .float):
            return try floatBinary(op, l.number!, r.number!, span)
        case (.string(let a), .string(let b)) where op == .add: return .string(a + b)
        case (.string(let a), .int(let n)) where op == .multiply: return .string(try repeated(a, n, span))
        case (.int(let n), .string(let a)) where op == .multiply: return .string(try repeated(a, n, span))
        case (.int(let n), .list(let a)) where op == .multiply: return .list(try repeated(a, n, span))
        case (.string(let a), _) where op == .modulo: return .string(try PercentFormatting.format(a, r, span: span))
        case (.list(let a), .list(let b)) where op == .add: return .list(a + b)
        case (.tuple(let a), .tuple(let b)) where op == .add: return .tuple(a + b)
        case (.list(let a), .int(let n)) where op == .multiply: return .list(try repeated(a, n, span))
        case (.decimal, .decimal), (.decimal, .int), (.int, .decimal):
            return .decimal(try decimalBinary(op, l.decimal!, r.decimal!, span))
        case (.date, _) where op == .add || op == .subtract, (.datetime, _) where op == .add || op == .subtract:
            throw ScriptError("NotImplementedError", "date arithmetic (timedelta) is not supported in Sparkbook; use F.date_add or F.datediff on a column",
                              span: span)
        default:
            throw ScriptError.type("unsupported operand type(s) for \(op.rawValue): '\(l.typeName)' and '\(r.typeName)'",
                                   span: span)
        }
    }

    /// `s * n`: Python's `MemoryError` when the result cannot be held, checked before it is built.
    private static func repeated(_ s: String, _ n: Int64, _ span: SourceSpan) throws -> String {
        let count = Int(max(0, n))
        try PythonAllocation.check(count: count, itemBytes: s.utf8.count, span: span)
        return String(repeating: s, count: count)
    }

    /// `list * n`, checked as `s * n` is.
    private static func repeated(_ items: [PyValue], _ n: Int64, _ span: SourceSpan) throws -> [PyValue] {
        let count = Int(max(0, n))
        try PythonAllocation.check(count: count, itemBytes: items.count * PythonAllocation.listItemBytes, span: span)
        return Array([[PyValue]](repeating: items, count: count).joined())
    }

    private static func boolAsInt(_ v: PyValue) -> PyValue {
        if case .bool(let b) = v { return .int(b ? 1 : 0) }
        return v
    }

    private static func intBinary(_ op: SparkbookSyntax.BinaryOperator, _ a: Int64, _ b: Int64, _ span: SourceSpan) throws -> PyValue {
        func zero() -> ScriptError { ScriptError("ZeroDivisionError", op == .divide ? "division by zero" : "integer division or modulo by zero", span: span) }
        // Python's ints are unbounded; Sparkbook's are 64-bit, so an overflow is an error, never a wrapped value.
        func checked(_ result: (partialValue: Int64, overflow: Bool)) throws -> PyValue {
            guard !result.overflow else {
                throw ScriptError("OverflowError", "integer result does not fit in 64 bits, which Sparkbook does not support", span: span)
            }
            return .int(result.partialValue)
        }
        switch op {
        case .add: return try checked(a.addingReportingOverflow(b))
        case .subtract: return try checked(a.subtractingReportingOverflow(b))
        case .multiply: return try checked(a.multipliedReportingOverflow(by: b))
        case .divide: guard b != 0 else { throw zero() }; return .float(Double(a) / Double(b))
        case .floorDivide:
            guard b != 0 else { throw zero() }
            let q = a / b
            return .int((a % b != 0) && ((a < 0) != (b < 0)) ? q - 1 : q)
        case .modulo:
            guard b != 0 else { throw zero() }
            let m = a % b
            return .int(m != 0 && (m < 0) != (b < 0) ? m + b : m)
        case .power:
            guard b >= 0 else { return .float(pow(Double(a), Double(b))) }
            var result: Int64 = 1, base = a, exponent = b
            func times(_ x: Int64, _ y: Int64) throws -> Int64 {
                guard case .int(let product) = try checked(x.multipliedReportingOverflow(by: y)) else { return 0 }
                return product
            }
            while exponent > 0 {
                if exponent & 1 == 1 { result = try times(result, base) }
                exponent >>= 1
                if exponent > 0 { base = try times(base, base) }
            }
            return .int(result)
        case .bitAnd: return .int(a & b)
        case .bitOr: return .int(a | b)
        case .bitXor: return .int(a ^ b)
        case .leftShift, .rightShift:
            guard b >= 0 else { throw ScriptError.value("negative shift count", span: span) }
            if op == .rightShift { return .int(b >= 64 ? (a < 0 ? -1 : 0) : a >> b) }
            guard b < 64, (a << b) >> b == a else { return try checked((0, true)) }
            return .int(a << b)
        }
    }

    private static func floatBinary(_ op: SparkbookSyntax.BinaryOperator, _ a: Double, _ b: Double, _ span: SourceSpan) throws -> PyValue {
        switch op {
        case .add: return .float(a + b)
        case .subtract: return .float(a - b)
        case .multiply: return .float(a * b)
        case .divide:
            guard b != 0 else { throw ScriptError("ZeroDivisionError", "float division by zero", span: span) }
            return .float(a / b)
        case .floorDivide:
            guard b != 0 else { throw ScriptError("ZeroDivisionError", "float floor division by zero", span: span) }
            return .float((a / b).rounded(.down))
        case .modulo:
            guard b != 0 else { throw ScriptError("ZeroDivisionError", "float modulo", span: span) }
            let m = a.truncatingRemainder(dividingBy: b)
            return .float(m != 0 && (m < 0) != (b < 0) ? m + b : m)
        case .power: return .float(pow(a, b))
        default:
            throw ScriptError.type("unsupported operand type(s) for \(op.rawValue): 'float' and 'float'", span: span)
        }
    }

    private static func decimalBinary(_ op: SparkbookSyntax.BinaryOperator, _ a: PyDecimal, _ b: PyDecimal, _ span: SourceSpan) throws -> PyDecimal {
        switch op {
        case .add: return try a + b
        case .subtract: return try a - b
        case .multiply: return try a * b
        case .divide: return try a / b
        default:
            throw ScriptError("NotImplementedError", "the Decimal operator \(op.rawValue) is not supported in Sparkbook", span: span)
        }
    }

    private static func columnBinary(_ op: SparkbookSyntax.BinaryOperator, _ l: Column, _ r: Column, _ span: SourceSpan) throws -> Column {
        switch op {
        case .add: return l + r
        case .subtract: return l - r
        case .multiply: return l * r
        case .divide: return l / r
        case .modulo: return l % r
        case .bitAnd: return l & r
        case .bitOr: return l | r
        // PySpark's `Column.__pow__` (and `__rpow__`) call `pow`, printed `POWER(x, y)`.
        case .power: return Column(.function("power", [l.expression, r.expression]))
        default:
            throw ScriptError.type("unsupported operand type(s) for \(op.rawValue) on Column", span: span)
        }
    }

    static func compare(_ op: ComparisonOperator, _ l: PyValue, _ r: PyValue, span: SourceSpan) throws -> PyValue {
        if case .column = l { return .column(try columnCompare(op, l, r, span)) }
        if case .column = r { return .column(try columnCompare(op, l, r, span)) }
        switch op {
        case .equal: return .bool(equal(l, r))
        case .notEqual: return .bool(!equal(l, r))
        case .is: return .bool(identical(l, r))
        case .isNot: return .bool(!identical(l, r))
        case .in, .notIn:
            let found: Bool
            switch r {
            case .list(let items), .tuple(let items): found = items.contains { equal($0, l) }
            case .dict(let items), .dictSubclass(_, let items): found = items.contains { equal($0.key, l) }
            // PySpark's Row: `in` looks at the field names.
            case .row(let row): if case .string(let name) = l { found = row.names.contains(name) } else { found = false }
            case .string(let s):
                guard case .string(let needle) = l else { throw ScriptError.type("'in <string>' requires string as left operand, not \(l.typeName)", span: span) }
                found = s.contains(needle)
            default: throw ScriptError.type("argument of type '\(r.typeName)' is not iterable", span: span)
            }
            return .bool(op == .in ? found : !found)
        case .less, .lessEqual, .greater, .greaterEqual:
            let order = try ordering(l, r, op, span)
            switch op {
            case .less: return .bool(order < 0)
            case .lessEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        }
    }

    private static func columnCompare(_ op: ComparisonOperator, _ l: PyValue, _ r: PyValue, _ span: SourceSpan) throws -> Column {
        let a = try l.literalColumn(), b = try r.literalColumn()
        switch op {
        case .equal: return a.compare(.equal, b)
        case .notEqual: return a.compare(.notEqual, b)
        case .less: return a.compare(.less, b)
        case .lessEqual: return a.compare(.lessOrEqual, b)
        case .greater: return a.compare(.greater, b)
        case .greaterEqual: return a.compare(.greaterOrEqual, b)
        default:
            throw ScriptError.type("'\(op.rawValue)' is not supported on a Column; use isin() or isNull()", span: span)
        }
    }

    static func ordering(_ l: PyValue, _ r: PyValue, _ op: ComparisonOperator, _ span: SourceSpan) throws -> Int {
        switch (l, r) {
        case (.decimal, .decimal), (.decimal, .int), (.int, .decimal), (.decimal, .bool), (.bool, .decimal):
            return PyDecimal.order(l.decimal!, r.decimal!)
        case (.date(let a), .date(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        case (.datetime(let a), .datetime(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        case (.date, .datetime), (.datetime, .date):
            throw ScriptError.type("can't compare \(l.typeName) to \(r.typeName)", span: span)
        case (.string(let a), .string(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        case (.row(let a), _), (_, .row(let a)):
            // A Row is a tuple: rows order as tuples of their values (`sorted(df.collect())`).
            let items = a.values.map(PyValue.from)
            if case .row = l { return try ordering(.tuple(items), r.rowAsTuple, op, span) }
            return try ordering(l, .tuple(items), op, span)
        case (.list(let a), .list(let b)), (.tuple(let a), .tuple(let b)):
            for (x, y) in zip(a, b) {
                let o = try ordering(x, y, op, span)
                if o != 0 { return o }
            }
            return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
        default:
            guard let a = l.number, let b = r.number else {
                throw ScriptError.type("'\(op.rawValue)' not supported between instances of '\(l.typeName)' and '\(r.typeName)'", span: span)
            }
            return a == b ? 0 : (a < b ? -1 : 1)
        }
    }

    static func equal(_ l: PyValue, _ r: PyValue) -> Bool {
        switch (l, r) {
        case (.none, .none): return true
        case (.string(let a), .string(let b)): return a == b
        case (.bytes(let a, _), .bytes(let b, _)): return a == b
        case (.list(let a), .list(let b)), (.tuple(let a), .tuple(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case (.row(let a), .row(let b)): return a.values == b.values
        case (.dataType(let a), .dataType(let b)): return a == b
        case (.structType(let a), .structType(let b)): return a == b
        case (.structField(let a), .structField(let b)): return a == b
        case (.sparkTypeClass(let a), .sparkTypeClass(let b)): return a == b
        case (.pyClass, _), (_, .pyClass): return PyClass.named(by: l).map { $0 == PyClass.named(by: r) } ?? false
        case (.decimal, .decimal), (.decimal, .int), (.int, .decimal), (.decimal, .bool), (.bool, .decimal):
            return PyDecimal.order(l.decimal!, r.decimal!) == 0
        case (.date(let a), .date(let b)): return a == b
        case (.datetime(let a), .datetime(let b)): return a == b
        case (.date, _), (.datetime, _), (_, .date), (_, .datetime): return false
        case (.dict(let a), .dict(let b)):
            return a.count == b.count && a.allSatisfy { item in b.contains { equal($0.key, item.key) && equal($0.value, item.value) } }
        default:
            if let a = l.number, let b = r.number { return a == b }
            return false
        }
    }

    private static func identical(_ l: PyValue, _ r: PyValue) -> Bool {
        switch (l, r) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        // Classes are singletons: `type(x) is float`.
        case (.pyClass, _), (_, .pyClass), (.builtin, .builtin): return PyClass.named(by: l).map { $0 == PyClass.named(by: r) } ?? false
        default: return false
        }
    }
}

extension PyValue {
    /// Numbers (and bools, as Python treats them) as a double, for mixed arithmetic and ordering.
    var number: Double? {
        switch self {
        case .int(let i): Double(i)
        case .float(let d): d
        case .bool(let b): b ? 1 : 0
        case .decimal(let d): d.doubleValue
        default: nil
        }
    }

    /// Integers and Decimals as a Decimal, for Decimal arithmetic (a float never mixes with a Decimal).
    var decimal: PyDecimal? {
        switch self {
        case .decimal(let d): d
        case .int(let i): PyDecimal(i)
        case .bool(let b): PyDecimal(b ? 1 : 0)
        default: nil
        }
    }
}

import Foundation

extension PyValue {
    /// A Row as the tuple of its values; any other value as it is.
    var rowAsTuple: PyValue {
        if case .row(let row) = self { return .tuple(row.values.map(PyValue.from)) }
        return self
    }
}
