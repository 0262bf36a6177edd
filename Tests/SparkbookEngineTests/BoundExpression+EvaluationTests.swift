import Testing
@testable import SparkbookEngine

/// Row and vector evaluation of bound expressions, including SQL's three-valued logic.
struct BoundExpressionEvaluationTests {
    let batch = EngineTestData.batch(
        StructType([StructField("n", .integer), StructField("x", .double), StructField("flag", .boolean)]),
        [[.integer(1), .double(2.5), .boolean(true)],
         [.null, .double(-1), .boolean(false)],
         [.integer(-4), .null, .null]])

    func literal(_ v: Value, _ t: DataType) -> BoundExpression { .literal(v, type: t) }

    @Test func vectorEvaluationOfAnExpressionOverEveryRow() throws {
        let bound = try ExpressionBinder(schema: batch.schema).bind(.binary(.multiply, .column("n"), .column("x")))
        let column = try bound.evaluate(batch)
        #expect(column.dataType == .double)
        #expect((0..<3).map(column.value(at:)) == [.double(2.5), .null, .null])
    }

    @Test func aColumnReferenceIsTheColumnItself() throws {
        let column = try BoundExpression.column(index: 0, type: .integer).evaluate(batch)
        #expect((0..<3).map(column.value(at:)) == [.integer(1), .null, .integer(-4)])
    }

    @Test func aLiteralBecomesAConstantColumn() throws {
        let column = try literal(.string("k"), .string).evaluate(batch)
        #expect(column.count == 3)
        #expect(column.value(at: 2) == .string("k"))
    }

    @Test func unaryOperators() throws {
        let n = BoundExpression.column(index: 0, type: .integer)
        #expect(try BoundExpression.unary(.negate, n, type: .integer).evaluate(row: 2, of: batch) == .integer(4))
        #expect(try BoundExpression.unary(.isNull, n, type: .boolean).evaluate(row: 1, of: batch) == .boolean(true))
        #expect(try BoundExpression.unary(.isNotNull, n, type: .boolean).evaluate(row: 1, of: batch) == .boolean(false))
        let flag = BoundExpression.column(index: 2, type: .boolean)
        #expect(try BoundExpression.unary(.not, flag, type: .boolean).evaluate(row: 0, of: batch) == .boolean(false))
        #expect(try BoundExpression.unary(.not, flag, type: .boolean).evaluate(row: 2, of: batch) == .null)
    }

    @Test func falseAndNullIsFalseAndTrueOrNullIsTrue() throws {
        let null = literal(.null, .boolean)
        #expect(try BoundExpression.binary(.and, literal(.boolean(false), .boolean), null, type: .boolean)
            .evaluate(row: 0, of: batch) == .boolean(false))
        #expect(try BoundExpression.binary(.or, literal(.boolean(true), .boolean), null, type: .boolean)
            .evaluate(row: 0, of: batch) == .boolean(true))
        #expect(try BoundExpression.binary(.and, literal(.boolean(true), .boolean), null, type: .boolean)
            .evaluate(row: 0, of: batch) == .null)
    }

    @Test func castDuringEvaluation() throws {
        let cast = BoundExpression.cast(.column(index: 1, type: .double), .integer)
        #expect(try cast.evaluate(row: 0, of: batch) == .integer(2))
        #expect(try cast.evaluate(row: 2, of: batch) == .null)
    }

    @Test func nullTestsReadTheOperandsValidityAsTheRowEvaluationDoes() throws {
        for op in [UnaryOperator.isNull, .isNotNull] {
            for index in 0..<3 {
                let test = BoundExpression.unary(op, .column(index: index, type: batch.schema[index].dataType), type: .boolean)
                let column = try test.evaluate(batch)
                #expect(column.validity == nil)
                let rows = try (0..<3).map { try test.evaluate(row: $0, of: batch) }
                #expect((0..<3).map(column.value(at:)) == rows)
            }
        }
    }
}
