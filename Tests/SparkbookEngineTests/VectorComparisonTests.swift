import Testing
@testable import SparkbookEngine

/// Comparisons over typed buffers order values exactly as `ValueOrdering` does: NaN equal to NaN and above
/// everything, -0.0 equal to 0.0, `false` before `true`, strings byte by byte (canonically equivalent strings
/// equal, as `String` compares them), nulls giving null.
struct VectorComparisonTests {
    typealias S = VectorTestSupport

    static let types: [DataType] = [.integer, .long, .byte, .short, .double, .float, .boolean, .string, .binary,
                                    .date, .timestamp, .decimal(precision: 10, scale: 2)]
    static let operators: [BinaryOperator] = [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual]

    @Test(arguments: types, operators)
    func everyTypeAndOperatorMatchesTheRowPath(_ type: DataType, _ op: BinaryOperator) {
        for seed in UInt64(1)...4 {
            let batch = S.batch([type, type], rows: 200, seed: seed, edges: seed > 2)
            let e = BoundExpression.binary(op, S.column(0, type), S.column(1, type), type: .boolean)
            S.expectAgreement(e, batch)
            // A kernel, not the scalar rule per row, computed it.
            #expect(VectorComparison.apply(op, .column(batch.columns[0]), .column(batch.columns[1]), count: 200) != nil)
            for value in S.literals(type) {
                S.expectAgreement(.binary(op, S.column(0, type), S.literal(value, type), type: .boolean), batch)
                S.expectAgreement(.binary(op, S.literal(value, type), S.column(1, type), type: .boolean), batch)
            }
        }
    }

    @Test func nanIsEqualToItselfAndAboveInfinity() throws {
        let batch = EngineTestData.batch(StructType([StructField("x", .double)]),
                                         [[.double(.nan)], [.double(.infinity)], [.double(-0.0)], [.null]])
        let x = S.column(0, .double)
        let greater = try BoundExpression.binary(.greater, x, S.literal(.double(.infinity), .double), type: .boolean).evaluate(batch)
        #expect((0..<4).map(greater.value(at:)) == [.boolean(true), .boolean(false), .boolean(false), .null])
        let equal = try BoundExpression.binary(.equal, x, S.literal(.double(.nan), .double), type: .boolean).evaluate(batch)
        #expect(equal.value(at: 0) == .boolean(true))
        let zero = try BoundExpression.binary(.equal, x, S.literal(.double(0), .double), type: .boolean).evaluate(batch)
        #expect(zero.value(at: 2) == .boolean(true))
    }

    @Test func stringsOrderByBytesAndCanonicalSpellingsAreEqual() throws {
        let batch = EngineTestData.batch(StructType([StructField("s", .string)]),
                                         [[.string("a")], [.string("B")], [.string("ab")], [.string("e\u{301}")], [.string("")]])
        let s = S.column(0, .string)
        let less = try BoundExpression.binary(.less, s, S.literal(.string("ab"), .string), type: .boolean).evaluate(batch)
        #expect((0..<5).map(less.value(at:)) == [true, true, false, false, true].map(Value.boolean))
        let nfc = try BoundExpression.binary(.equal, s, S.literal(.string("\u{E9}"), .string), type: .boolean).evaluate(batch)
        #expect(nfc.value(at: 3) == ValueArithmetic.apply(.equal, .string("e\u{301}"), .string("\u{E9}")))
    }

    @Test func aNullLiteralGivesANullColumn() throws {
        let batch = S.batch([.integer], rows: 10, seed: 2)
        let column = try BoundExpression.binary(.less, S.column(0, .integer), S.literal(.null, .integer), type: .boolean).evaluate(batch)
        #expect(column.validity?.nullCount == 10)
    }

    @Test func typesWithoutAKernelGoRowByRow() {
        let type = DataType.array(element: .integer, containsNull: true)
        let batch = EngineTestData.batch(StructType([StructField("a", type), StructField("b", type)]),
                                         [[.array([.integer(1)]), .array([.integer(1), .integer(2)])], [.null, .array([])]])
        S.expectAgreement(.binary(.less, S.column(0, type), S.column(1, type), type: .boolean), batch)
    }
}
