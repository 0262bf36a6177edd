import Testing
@testable import SparkbookEngine

/// Which expressions no row can make raise, so `AND`/`OR` may compute them for every row.
struct BoundExpressionCannotRaiseTests {
    typealias S = VectorTestSupport

    @Test func comparisonsLogicAndFractionalArithmeticCannotRaise() {
        let x = S.column(0, .double), n = S.column(1, .integer)
        #expect(BoundExpression.binary(.less, .binary(.add, x, x, type: .double), S.literal(.double(1), .double),
                                       type: .boolean).cannotRaise)
        #expect(BoundExpression.unary(.not, .unary(.isNull, n, type: .boolean), type: .boolean).cannotRaise)
        #expect(BoundExpression.cast(n, .long).cannotRaise)
        #expect(BoundExpression.cast(n, .double).cannotRaise)
        #expect(BoundExpression.unary(.negate, x, type: .double).cannotRaise)
    }

    @Test func integralArithmeticDivisionNarrowingCastsAndCallsMayRaise() throws {
        let x = S.column(0, .double), n = S.column(1, .integer)
        #expect(!BoundExpression.binary(.add, n, n, type: .integer).cannotRaise)
        #expect(!BoundExpression.binary(.divide, x, x, type: .double).cannotRaise)
        #expect(!BoundExpression.unary(.negate, n, type: .integer).cannotRaise)
        #expect(!BoundExpression.cast(S.column(2, .long), .integer).cannotRaise)
        #expect(!BoundExpression.cast(x, .long).cannotRaise)
        let schema = StructType([StructField("x", .double), StructField("n", .integer)])
        #expect(!(try ExpressionBinder(schema: schema).bind(.function("abs", [.column("x")]))).cannotRaise)
    }
}
