import Testing
@testable import SparkbookEngine

/// Spark's ANSI nullability of bound expressions (checked against PySpark 4.3.0's printSchema).
struct BoundExpressionTests {
    let schema = StructType([StructField("id", .long, nullable: false), StructField("x", .long)])
    var id: BoundExpression { .column(index: 0, type: .long) }
    var x: BoundExpression { .column(index: 1, type: .long) }
    var two: BoundExpression { .literal(.long(2), type: .long) }

    @Test func arithmeticAndComparisonsFollowTheirOperands() {
        #expect(!BoundExpression.binary(.multiply, id, two, type: .long).nullable(in: schema))
        #expect(BoundExpression.binary(.multiply, x, two, type: .long).nullable(in: schema))
        #expect(!BoundExpression.binary(.greater, id, two, type: .boolean).nullable(in: schema))
        #expect(!BoundExpression.unary(.not, .binary(.less, id, two, type: .boolean), type: .boolean).nullable(in: schema))
    }

    @Test func divisionModuloAndUnsafeCastsMayBeNull() {
        #expect(BoundExpression.binary(.divide, id, two, type: .double).nullable(in: schema))
        #expect(BoundExpression.binary(.modulo, id, two, type: .long).nullable(in: schema))
        #expect(!BoundExpression.cast(id, .string).nullable(in: schema))
        #expect(!BoundExpression.cast(id, .integer).nullable(in: schema))
        #expect(BoundExpression.cast(.cast(id, .string), .date).nullable(in: schema))
    }
}
