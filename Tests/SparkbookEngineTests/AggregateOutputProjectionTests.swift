import Testing
@testable import SparkbookEngine

/// Expressions over aggregate results, evaluated over typed columns, agree with the generic evaluation,
/// errors included.
struct AggregateOutputProjectionTests {
    let schema = StructType([StructField("a", .integer), StructField("b", .integer), StructField("x", .double)])

    func batch(_ rows: [[Value]]) -> RecordBatch { EngineTestData.batch(schema, rows) }

    func both(_ e: BoundExpression, _ b: RecordBatch) throws -> ([Value], [Value]) {
        let fast = try AggregateOutputProjection.evaluate(e, b), slow = try e.evaluate(b)
        return ((0..<b.rowCount).map { fast.value(at: $0) }, (0..<b.rowCount).map { slow.value(at: $0) })
    }

    @Test func integerArithmeticAndPowerMatchTheGenericPath() throws {
        let b = batch([[.integer(5), .integer(2), .double(0.5)], [.null, .integer(1), .null], [.integer(-3), .integer(4), .double(-2)]])
        let a = BoundExpression.column(index: 0, type: .integer), bb = BoundExpression.column(index: 1, type: .integer)
        let x = BoundExpression.column(index: 2, type: .double)
        for op in [BinaryOperator.add, .subtract, .multiply] {
            let (fast, slow) = try both(.binary(op, a, bb, type: .integer), b)
            #expect(fast == slow)
        }
        let (fast, slow) = try both(.binary(.divide, x, x, type: .double), batch([[.integer(1), .integer(1), .double(3)]]))
        #expect(fast == slow)
        let power = try ExpressionBinder(schema: schema).bind(.function("power", [.column("x"), .literal(.integer(2))]))
        let (p1, p2) = try both(power, b)
        #expect(p1 == p2 && p1[0] == .double(0.25))
    }

    @Test func overflowAndDivisionByZeroRaiseSparksErrors() {
        let a = BoundExpression.column(index: 0, type: .integer)
        let overflow = batch([[.integer(.max), .integer(1), .double(0)]])
        #expect(throws: SparkError.self) {
            try AggregateOutputProjection.evaluate(.binary(.add, a, .column(index: 1, type: .integer), type: .integer), overflow)
        }
        let x = BoundExpression.column(index: 2, type: .double)
        #expect(throws: SparkError.self) {
            try AggregateOutputProjection.evaluate(.binary(.divide, x, x, type: .double), overflow)
        }
    }
}
