import Testing
@testable import SparkbookEngine

/// Casts between numbers over typed buffers give `ValueCast.ansiCast`'s values, and a value that does not fit
/// raises its `CAST_OVERFLOW`; other casts go row by row.
struct VectorCastTests {
    typealias S = VectorTestSupport

    static let numbers: [DataType] = [.byte, .short, .integer, .long, .float, .double]

    @Test(arguments: numbers, numbers)
    func castsBetweenNumbersMatchTheRowPath(_ from: DataType, _ to: DataType) {
        for seed in UInt64(1)...6 {
            let batch = S.batch([from], rows: 150, seed: seed, edges: seed > 3)
            S.expectAgreement(.cast(S.column(0, from), to), batch)
            for value in S.literals(from) { S.expectAgreement(.cast(S.literal(value, from), to), batch) }
        }
    }

    @Test func anOutOfRangeValueRaisesCastOverflow() {
        let batch = EngineTestData.batch(StructType([StructField("x", .long), StructField("d", .double)]),
                                         [[.long(1), .double(1.5)], [.long(3_000_000_000), .double(.nan)]])
        #expect(throws: ValueCast.overflow(.long(3_000_000_000), .integer)) {
            try BoundExpression.cast(S.column(0, .long), .integer).evaluate(batch)
        }
        #expect(throws: ValueCast.overflow(.double(.nan), .long)) {
            try BoundExpression.cast(S.column(1, .double), .long).evaluate(batch)
        }
    }

    @Test func aNullRowsSlotDoesNotRaise() throws {
        // A gathered column keeps whatever its null slots held; only rows with a value are checked.
        let column = ColumnVector(dataType: .double, storage: .float64([1.9, .nan, -2.5]),
                                  validity: { var m = ValidityMask(allValid: 3); m.setNull(1); return m }())
        let batch = RecordBatch(schema: StructType([StructField("d", .double)]), columns: [column], rowCount: 3)
        let cast = try BoundExpression.cast(S.column(0, .double), .integer).evaluate(batch)
        #expect((0..<3).map(cast.value(at:)) == [.integer(1), .null, .integer(-2)])
    }

    @Test func otherCastsGoRowByRowWithTheSameResultsAndErrors() {
        let batch = EngineTestData.batch(StructType([StructField("s", .string), StructField("n", .integer)]),
                                         [[.string("12"), .integer(5)], [.string("x"), .null], [.null, .integer(-1)]])
        S.expectAgreement(.cast(S.column(0, .string), .integer), batch)
        S.expectAgreement(.cast(S.column(1, .integer), .string), batch)
        S.expectAgreement(.cast(S.column(1, .integer), .decimal(precision: 5, scale: 1)), batch)
        S.expectAgreement(.binary(.add, .cast(S.column(0, .string), .long), S.literal(.long(1), .long), type: .long), batch)
    }
}
