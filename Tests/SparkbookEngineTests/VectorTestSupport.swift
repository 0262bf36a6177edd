import Testing
import SparkbookUtilities
@testable import SparkbookEngine

/// Random batches with nulls and edge values, and the reference the vector kernels must match: the evaluation
/// as it was before them (operators row by row through `evaluate(row:of:)`, a cast's operand as a column), with
/// values compared bit for bit (doubles by their bits, so NaN and -0.0 count) and errors compared whole.
enum VectorTestSupport {
    /// What evaluating an expression over a batch gave.
    enum Outcome: CustomStringConvertible {
        case values(DataType, [Value], slots: [UInt64]?)
        case error(SparkError)

        var description: String {
            switch self {
            case .values(let t, let v, _): "\(t), \(v.count) rows"
            case .error(let e): "error \(e.errorClass ?? "") \(e.message)"
            }
        }
    }

    /// The vector evaluation's outcome.
    static func vector(_ e: BoundExpression, _ batch: RecordBatch) -> Outcome {
        outcome { try e.evaluate(batch) }
    }

    /// The reference: the evaluation before the kernels (`BoundExpression.evaluate(_:)` as it was).
    static func reference(_ e: BoundExpression, _ batch: RecordBatch) -> Outcome {
        outcome {
            var builder = ColumnBuilder(type: e.dataType, capacity: batch.rowCount)
            if case .cast(let inner, let type) = e {
                let input = try inner.evaluate(batch)
                for row in 0..<batch.rowCount { builder.append(try ValueCast.ansiCast(input.value(at: row), to: type)) }
            } else {
                for row in 0..<batch.rowCount { builder.append(try e.evaluate(row: row, of: batch)) }
            }
            return builder.finish()
        }
    }

    private static func outcome(_ run: () throws -> ColumnVector) -> Outcome {
        do {
            let c = try run()
            return .values(c.dataType, (0..<c.count).map(c.value(at:)), slots: slots(c))
        } catch let error as SparkError {
            return .error(error)
        } catch {
            return .error(SparkError(.execution, errorClass: "UNEXPECTED", message: "\(error)"))
        }
    }

    /// A primitive column's buffer as bits (null slots included: the kernels leave them as `ColumnBuilder` does).
    private static func slots(_ c: ColumnVector) -> [UInt64]? {
        switch c.storage {
        case .int32(let v): v.map { UInt64(UInt32(bitPattern: $0)) }
        case .int64(let v): v.map { UInt64(bitPattern: $0) }
        case .float64(let v): v.map(\.bitPattern)
        case .boolean(let v): v.map { $0 ? 1 : 0 }
        default: nil
        }
    }

    /// Whether two outcomes are the same: equal types, values and slots, or equal errors.
    static func same(_ a: Outcome, _ b: Outcome) -> Bool {
        switch (a, b) {
        case (.values(let t, let x, let s), .values(let u, let y, let r)):
            return t == u && x.count == y.count && zip(x, y).allSatisfy(identical) && s == r
        case (.error(let e), .error(let f)):
            return e == f
        default:
            return false
        }
    }

    /// Value equality with doubles and floats compared by their bits.
    static func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.double(let x), .double(let y)): x.bitPattern == y.bitPattern
        case (.float(let x), .float(let y)): x.bitPattern == y.bitPattern
        default: a == b
        }
    }

    /// Checks the vector evaluation of `e` against the reference, naming the expression when they differ.
    static func expectAgreement(_ e: BoundExpression, _ batch: RecordBatch, sourceLocation: SourceLocation = #_sourceLocation) {
        let fast = vector(e, batch), slow = reference(e, batch)
        #expect(same(fast, slow), "\(e)\nvector:    \(fast)\nreference: \(slow)\n\(firstDifference(fast, slow))",
                sourceLocation: sourceLocation)
    }

    /// The first row whose value or slot differs, for a failure message that does not print whole columns.
    private static func firstDifference(_ a: Outcome, _ b: Outcome) -> String {
        guard case .values(_, let x, let s) = a, case .values(_, let y, let r) = b else { return "" }
        for row in 0..<min(x.count, y.count) where !identical(x[row], y[row]) || s?[row] != r?[row] {
            return "row \(row): vector \(x[row]) (slot \(s?[row].description ?? "-")), reference \(y[row]) (slot \(r?[row].description ?? "-"))"
        }
        return ""
    }

    static func column(_ index: Int, _ type: DataType) -> BoundExpression { .column(index: index, type: type) }

    static func literal(_ value: Value, _ type: DataType) -> BoundExpression { .literal(value, type: type) }

    /// `rows` random rows of `types`, about one value in eight null; `edges` mixes in each type's extremes
    /// (which make most integral arithmetic overflow), otherwise values are small.
    static func batch(_ types: [DataType], rows: Int, seed: UInt64, edges: Bool = false) -> RecordBatch {
        var random = SplitMix64(seed: seed)
        let schema = StructType(types.enumerated().map { StructField("c\($0)", $1) })
        let data = (0..<rows).map { _ in
            types.map { type in random.next(below: 8) == 0 ? Value.null : value(type, edges: edges, &random) }
        }
        return EngineTestData.batch(schema, data)
    }

    /// One random value of `type`.
    static func value(_ type: DataType, edges: Bool, _ random: inout SplitMix64) -> Value {
        let edge = edges && random.next(below: 3) == 0
        let small = Int64(random.next(below: 201)) - 100
        switch type {
        case .integer:
            return .integer(edge ? pick([Int32.max, Int32.min, Int32.max - 1, Int32.min + 1, 0, -1], &random) : Int32(small))
        case .long:
            return .long(edge ? pick([Int64.max, Int64.min, Int64.max - 1, Int64.min + 1, 0, -1, Int64(Int32.max) + 1], &random) : small)
        case .byte:
            return .byte(edge ? pick([Int8.max, Int8.min, 0, -1], &random) : Int8(small))
        case .short:
            return .short(edge ? pick([Int16.max, Int16.min, 0, -1], &random) : Int16(small * 100))
        case .double:
            let special: [Double] = [.nan, .infinity, -.infinity, 0.0, -0.0, .greatestFiniteMagnitude,
                                     .leastNonzeroMagnitude, 9.223372036854775807e18, -9.223372036854775808e18]
            return .double(edge || random.next(below: 10) == 0 ? pick(special, &random)
                           : Double(small) / 4 + (random.next(below: 4) == 0 ? 0 : random.nextUnit()))
        case .float:
            let special: [Float] = [.nan, .infinity, -.infinity, 0.0, -0.0, .greatestFiniteMagnitude, 3e9]
            return .float(edge || random.next(below: 10) == 0 ? pick(special, &random) : Float(small) / 4)
        case .boolean:
            return .boolean(random.next(below: 2) == 0)
        case .string:
            // NFC and NFD spellings of é (equal as `String`s, different bytes), ASCII, a replacement character.
            return .string(pick([String](["", "a", "ab", "b", "Z", "zz", "\u{E9}", "e\u{301}", "\u{FFFD}", "ä1", "A"]), &random))
        case .binary:
            return .binary(pick([[UInt8]]([[], [0], [0, 255], [255], [1, 2, 3], [128]]), &random))
        case .date:
            return .date(Int32(small * 1000))
        case .timestamp:
            return .timestamp(small * 86_400_000_000 + Int64(random.next(below: 1000)))
        case .decimal(let p, let s):
            return .decimal(DecimalValue(unscaled: Int128(small * 1234), precision: p, scale: s))
        default:
            return .null
        }
    }

    private static func pick<T>(_ choices: [T], _ random: inout SplitMix64) -> T {
        choices[random.next(below: choices.count)]
    }

    /// Literals worth putting beside a column of `type`: zero, one, minus one, the extremes, null.
    static func literals(_ type: DataType) -> [Value] {
        switch type {
        case .integer: [.integer(0), .integer(1), .integer(-1), .integer(7), .integer(.max), .integer(.min), .null]
        case .long: [.long(0), .long(1), .long(-1), .long(7), .long(.max), .long(.min), .null]
        case .byte: [.byte(0), .byte(1), .byte(-1), .byte(.max), .byte(.min), .null]
        case .short: [.short(0), .short(1), .short(-1), .short(.max), .short(.min), .null]
        case .double: [.double(0), .double(-0.0), .double(1.5), .double(-1), .double(.nan), .double(.infinity), .null]
        case .float: [.float(0), .float(1.5), .float(-1), .float(.nan), .null]
        case .boolean: [.boolean(true), .boolean(false), .null]
        case .string: [.string("a"), .string(""), .string("\u{E9}"), .string("e\u{301}"), .null]
        case .binary: [.binary([0, 255]), .binary([]), .null]
        case .date: [.date(0), .date(-5000), .null]
        case .timestamp: [.timestamp(0), .timestamp(86_400_000_000), .null]
        case .decimal(let p, let s): [.decimal(DecimalValue(unscaled: 0, precision: p, scale: s)),
                                      .decimal(DecimalValue(unscaled: 12340, precision: p, scale: s)), .null]
        default: [.null]
        }
    }
}
