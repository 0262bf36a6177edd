import Testing
@testable import SparkbookEngine

/// `AND`, `OR`, `NOT` and the null tests with three-valued logic; the right side of `AND`/`OR` is computed only
/// where the left does not decide, so a guarded division never fails.
struct VectorLogicTests {
    typealias S = VectorTestSupport

    @Test(arguments: [BinaryOperator.and, .or])
    func threeValuedLogicMatchesTheRowPath(_ op: BinaryOperator) throws {
        for seed in UInt64(1)...5 {
            let batch = S.batch([.boolean, .boolean, .boolean], rows: 300, seed: seed)
            let a = S.column(0, .boolean), b = S.column(1, .boolean), c = S.column(2, .boolean)
            let e = BoundExpression.binary(op, a, .binary(op == .and ? .or : .and, b, .unary(.not, c, type: .boolean),
                                                         type: .boolean), type: .boolean)
            S.expectAgreement(e, batch)
            _ = try e.vectorValue(batch)
            for value in S.literals(.boolean) {
                S.expectAgreement(.binary(op, a, S.literal(value, .boolean), type: .boolean), batch)
                S.expectAgreement(.binary(op, S.literal(value, .boolean), a, type: .boolean), batch)
            }
        }
    }

    @Test func nullAndFalseIsFalseAndNullOrTrueIsTrue() throws {
        let batch = EngineTestData.batch(StructType([StructField("p", .boolean)]), [[.null], [.boolean(true)]])
        let p = S.column(0, .boolean)
        let and = BoundExpression.binary(.and, p, S.literal(.boolean(false), .boolean), type: .boolean)
        let or = BoundExpression.binary(.or, p, S.literal(.boolean(true), .boolean), type: .boolean)
        #expect(try and.evaluate(batch).value(at: 0) == .boolean(false))
        #expect(try and.evaluate(row: 0, of: batch) == .boolean(false))
        #expect(try or.evaluate(batch).value(at: 0) == .boolean(true))
        #expect(try or.evaluate(row: 0, of: batch) == .boolean(true))
        let unknown = BoundExpression.binary(.and, p, S.literal(.boolean(true), .boolean), type: .boolean)
        #expect(try unknown.evaluate(batch).value(at: 0) == .null)
    }

    /// `b != 0 AND a / b > 1` and `b = 0 OR a / b > 1`: the division runs only over the rows the left leaves open.
    @Test func aGuardedDivisionNeverRaises() throws {
        let batch = EngineTestData.batch(StructType([StructField("a", .double), StructField("b", .double)]),
                                         [[.double(4), .double(2)], [.double(1), .double(0)], [.null, .double(0)],
                                          [.double(3), .null], [.double(1), .double(4)]])
        let a = S.column(0, .double), b = S.column(1, .double), zero = S.literal(.double(0), .double)
        let ratio = BoundExpression.binary(.greater, .binary(.divide, a, b, type: .double), S.literal(.double(1), .double),
                                           type: .boolean)
        let guarded = BoundExpression.binary(.and, .binary(.notEqual, b, zero, type: .boolean), ratio, type: .boolean)
        let column = try guarded.vectorValue(batch).column(count: 5)
        #expect((0..<5).map(column.value(at:)) == [.boolean(true), .boolean(false), .boolean(false), .null, .boolean(false)])
        S.expectAgreement(guarded, batch)
        let either = BoundExpression.binary(.or, .binary(.equal, b, zero, type: .boolean), ratio, type: .boolean)
        _ = try either.vectorValue(batch)
        S.expectAgreement(either, batch)
    }

    @Test func aRaisingRowTheLeftLeavesOpenRaisesTheRowPathsError() {
        let batch = EngineTestData.batch(StructType([StructField("a", .double), StructField("b", .double)]),
                                         [[.double(4), .double(2)], [.double(1), .double(0)]])
        let a = S.column(0, .double), b = S.column(1, .double)
        let open = BoundExpression.binary(.and, .binary(.greaterOrEqual, b, S.literal(.double(0), .double), type: .boolean),
                                          .binary(.greater, .binary(.divide, a, b, type: .double),
                                                  S.literal(.double(1), .double), type: .boolean), type: .boolean)
        #expect(throws: ValueArithmetic.divideByZero) { try open.evaluate(batch) }
        S.expectAgreement(open, batch)
    }

    @Test func aRightSideWithACallIsComputedOnlyForOpenRows() throws {
        let schema = StructType([StructField("s", .string), StructField("n", .integer)])
        let batch = S.batch([.string, .integer], rows: 200, seed: 4)
        let upper = try ExpressionBinder(schema: schema).bind(.function("upper", [.column("s")]))
        let e = BoundExpression.binary(.or, .unary(.isNull, S.column(1, .integer), type: .boolean),
                                       .binary(.equal, upper, S.literal(.string("A"), .string), type: .boolean), type: .boolean)
        #expect(!e.cannotRaise)
        _ = try e.vectorValue(batch)
        S.expectAgreement(e, batch)
    }

    @Test func notAndNullTestsMatchTheRowPath() {
        let batch = S.batch([.boolean, .string], rows: 100, seed: 8)
        S.expectAgreement(.unary(.not, S.column(0, .boolean), type: .boolean), batch)
        S.expectAgreement(.unary(.not, S.literal(.null, .boolean), type: .boolean), batch)
        for op in [UnaryOperator.isNull, .isNotNull] {
            S.expectAgreement(.unary(op, S.column(1, .string), type: .boolean), batch)
            S.expectAgreement(.unary(op, S.literal(.null, .string), type: .boolean), batch)
            S.expectAgreement(.unary(op, S.literal(.integer(3), .integer), type: .boolean), batch)
        }
    }
}
