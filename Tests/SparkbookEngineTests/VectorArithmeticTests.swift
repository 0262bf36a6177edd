import Testing
@testable import SparkbookEngine

/// `+ - * / %` and negation over typed buffers give the row path's values, and its errors, for every type and
/// operand shape, on random data with nulls, NaN, -0.0 and the integral extremes.
struct VectorArithmeticTests {
    typealias S = VectorTestSupport

    static let types: [DataType] = [.integer, .long, .byte, .short, .double, .float]
    static let operators: [BinaryOperator] = [.add, .subtract, .multiply, .divide, .modulo]

    @Test(arguments: types, operators)
    func columnOpColumnMatchesTheRowPath(_ type: DataType, _ op: BinaryOperator) {
        for seed in UInt64(1)...6 {
            let batch = S.batch([type, type], rows: 150, seed: seed, edges: seed > 3)
            S.expectAgreement(.binary(op, S.column(0, type), S.column(1, type), type: type), batch)
        }
    }

    @Test(arguments: types, operators)
    func columnOpLiteralAndLiteralOpColumnMatchTheRowPath(_ type: DataType, _ op: BinaryOperator) {
        for seed in UInt64(1)...4 {
            let batch = S.batch([type], rows: 100, seed: seed, edges: seed > 2)
            for value in S.literals(type) {
                let x = S.column(0, type), k = S.literal(value, type)
                S.expectAgreement(.binary(op, x, k, type: type), batch)
                S.expectAgreement(.binary(op, k, x, type: type), batch)
                S.expectAgreement(.binary(op, k, k, type: type), batch)
            }
        }
    }

    @Test(arguments: types)
    func negationMatchesTheRowPath(_ type: DataType) {
        for seed in UInt64(1)...6 {
            let batch = S.batch([type], rows: 150, seed: seed, edges: seed > 3)
            S.expectAgreement(.unary(.negate, S.column(0, type), type: type), batch)
        }
    }

    @Test func anEmptyBatchGivesAnEmptyColumn() throws {
        let batch = S.batch([.long, .long], rows: 0, seed: 1)
        let sum = BoundExpression.binary(.add, S.column(0, .long), S.literal(.long(.max), .long), type: .long)
        let column = try sum.evaluate(batch)
        #expect(column.count == 0 && column.dataType == .long)
        S.expectAgreement(.binary(.divide, S.column(0, .long), S.literal(.long(0), .long), type: .long), batch)
    }

    @Test func overflowRaisesSparksArithmeticOverflow() {
        let batch = EngineTestData.batch(StructType([StructField("a", .integer), StructField("b", .long)]),
                                         [[.integer(1), .long(1)], [.integer(.max), .long(.max)], [.null, .null]])
        let int = BoundExpression.binary(.add, S.column(0, .integer), S.literal(.integer(1), .integer), type: .integer)
        #expect(throws: ValueArithmetic.overflow("add")) { try int.evaluate(batch) }
        let long = BoundExpression.binary(.multiply, S.column(1, .long), S.literal(.long(2), .long), type: .long)
        #expect(throws: ValueArithmetic.overflow("multiply")) { try long.evaluate(batch) }
        let negate = BoundExpression.unary(.negate, S.literal(.long(.min), .long), type: .long)
        #expect(throws: ValueArithmetic.overflow("negate")) { try negate.evaluate(batch) }
    }

    @Test func tinyintOverflowNamesBothOperands() {
        let batch = EngineTestData.batch(StructType([StructField("a", .byte)]), [[.byte(100)]])
        let sum = BoundExpression.binary(.add, S.column(0, .byte), S.column(0, .byte), type: .byte)
        #expect(throws: ValueArithmetic.narrowOverflow(.add, 100, 100)) { try sum.evaluate(batch) }
    }

    @Test func divisionAndRemainderByZeroRaiseWhereTheRowHasAValue() throws {
        let batch = EngineTestData.batch(StructType([StructField("x", .double), StructField("y", .double)]),
                                         [[.double(1), .double(2)], [.null, .double(0)], [.double(3), .null]])
        let x = S.column(0, .double), y = S.column(1, .double)
        // The zero divisor's row is null: nothing raises.
        let quotient = try BoundExpression.binary(.divide, x, y, type: .double).evaluate(batch)
        #expect((0..<3).map(quotient.value(at:)) == [.double(0.5), .null, .null])
        #expect(throws: ValueArithmetic.divideByZero) {
            try BoundExpression.binary(.divide, y, S.literal(.double(-0.0), .double), type: .double).evaluate(batch)
        }
        let remainder = BoundExpression.binary(.modulo, S.column(0, .double), S.literal(.double(0), .double), type: .double)
        #expect(throws: SparkError.self) { try remainder.evaluate(batch) }
        S.expectAgreement(remainder, batch)
    }

    @Test func longMinimumModuloMinusOneIsZeroAsOnTheJVM() throws {
        let batch = EngineTestData.batch(StructType([StructField("a", .long), StructField("b", .integer)]),
                                         [[.long(.min), .integer(.min)]])
        let long = BoundExpression.binary(.modulo, S.column(0, .long), S.literal(.long(-1), .long), type: .long)
        #expect(try long.evaluate(batch).value(at: 0) == .long(0))
        let int = BoundExpression.binary(.modulo, S.column(1, .integer), S.literal(.integer(-1), .integer), type: .integer)
        #expect(try int.evaluate(batch).value(at: 0) == .integer(0))
        S.expectAgreement(long, batch)
    }

    @Test func floatsComputeInSinglePrecision() throws {
        let batch = EngineTestData.batch(StructType([StructField("f", .float)]), [[.float(0.1)], [.float(16_777_216)]])
        let sum = BoundExpression.binary(.add, S.column(0, .float), S.literal(.float(1), .float), type: .float)
        let column = try sum.evaluate(batch)
        #expect(column.value(at: 0) == .float(Float(0.1) + 1))
        #expect(column.value(at: 1) == .float(16_777_216))
    }

    @Test func kernelsRunWithoutTheRowPathOnOrdinaryData() throws {
        let batch = S.batch([.long, .double, .integer], rows: 1000, seed: 9)
        let e = BoundExpression.binary(.add, .binary(.multiply, S.column(0, .long), S.literal(.long(2), .long), type: .long),
                                       .cast(S.column(2, .integer), .long), type: .long)
        // `vectorValue` throws where a row would raise or no kernel applies; it returns here.
        guard case .column(let column) = try e.vectorValue(batch) else { Issue.record("a column"); return }
        #expect(column.validity != nil)
        S.expectAgreement(e, batch)
    }

    @Test func decimalArithmeticGoesRowByRowWithTheSameResult() {
        let type = DataType.decimal(precision: 10, scale: 2)
        let batch = S.batch([type, type], rows: 50, seed: 3)
        S.expectAgreement(.binary(.add, S.column(0, type), S.column(1, type), type: .decimal(precision: 11, scale: 2)), batch)
        S.expectAgreement(.unary(.negate, S.column(0, type), type: type), batch)
    }
}
