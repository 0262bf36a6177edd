import Testing
@testable import SparkbookEngine

/// The operators kept as functions for Spark's column names: their values, nulls and errors.
struct OperatorFunctionsTests {
    static let schema = StructType([StructField("a", .long), StructField("b", .long), StructField("d", .double)])

    func evaluate(_ e: Expression, _ row: [Value]) throws -> Value {
        let bound = try ExpressionBinder(schema: Self.schema).bind(e)
        var builders = Self.schema.fields.map { ColumnBuilder(type: $0.dataType) }
        for (i, v) in row.enumerated() { builders[i].append(v) }
        let batch = RecordBatch(schema: Self.schema, columns: builders.map { $0.finish() }, rowCount: 1)
        return try bound.evaluate(batch).value(at: 0)
    }

    @Test func names() {
        #expect(Expression.function("negative", [.column("a")]).generatedName == "negative(a)")
        #expect(Expression.function("eqnullsafe", [.column("a"), .literal(.null)]).generatedName == "(a <=> NULL)")
        #expect(Expression.function("substr", [.column("s"), .literal(.integer(1)), .literal(.integer(2))]).generatedName == "substr(s, 1, 2)")
        #expect(Expression.function("bround", [.column("d"), .literal(.integer(0))]).generatedName == "bround(d, 0)")
    }

    @Test func eqNullSafeTreatsTwoNullsAsEqual() throws {
        let e = Expression.function("eqnullsafe", [.column("a"), .column("b")])
        #expect(try evaluate(e, [.null, .null, .null]) == .boolean(true))
        #expect(try evaluate(e, [.long(1), .null, .null]) == .boolean(false))
        #expect(try evaluate(e, [.long(1), .long(1), .null]) == .boolean(true))
    }

    @Test func betweenIsThreeValued() throws {
        let e = Expression.function("between", [.column("a"), .column("b"), .literal(.long(10))])
        #expect(try evaluate(e, [.long(5), .long(1), .null]) == .boolean(true))
        #expect(try evaluate(e, [.long(11), .null, .null]) == .boolean(false))
        #expect(try evaluate(e, [.long(5), .null, .null]) == .null)
    }

    @Test func divTruncatesTowardZeroAndFailsOnZero() throws {
        let e = Expression.function("div", [.column("a"), .column("b")])
        #expect(try evaluate(e, [.long(-7), .long(2), .null]) == .long(-3))
        #expect(throws: SparkError.self) { try evaluate(e, [.long(7), .long(0), .null]) }
    }

    @Test func negativeOfTheSmallestLongOverflows() throws {
        #expect(try evaluate(.function("negative", [.column("a")]), [.long(5), .null, .null]) == .long(-5))
        #expect(throws: SparkError.self) { try evaluate(.function("negative", [.column("a")]), [.long(.min), .null, .null]) }
    }

    @Test func broundRoundsHalfToEven() {
        #expect(SparkRounding.roundHalfEven(2.5, scale: 0) == 2)
        #expect(SparkRounding.roundHalfEven(-2.5, scale: 0) == -2)
        #expect(SparkRounding.roundHalfEven(2.675, scale: 2) == 2.68)
        #expect(SparkRounding.roundHalfEven(0.125, scale: 2) == 0.12)
        #expect(SparkRounding.roundHalfEven(Int64(25), scale: -1) == 20)
        #expect(SparkRounding.roundHalfEven(Int64(-35), scale: -1) == -40)
        #expect(SparkRounding.roundHalfEven(Int64(-7), scale: -1) == -10)
    }
}
