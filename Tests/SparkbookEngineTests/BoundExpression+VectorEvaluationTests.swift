import Testing
@testable import SparkbookEngine

/// Operator trees over whole batches: nested calls, conditionals and operators without a kernel give the row
/// path's values, and where rows raise, its error (the first failing row's, whichever node raises).
struct BoundExpressionVectorEvaluationTests {
    typealias S = VectorTestSupport

    let schema = StructType([StructField("a", .integer), StructField("b", .double), StructField("s", .string),
                             StructField("l", .long)])

    func bind(_ e: Expression) throws -> BoundExpression { try ExpressionBinder(schema: schema).bind(e) }

    func batch(seed: UInt64, edges: Bool = false) -> RecordBatch {
        let random = S.batch([.integer, .double, .string, .long], rows: 300, seed: seed, edges: edges)
        return RecordBatch(schema: schema, columns: random.columns, rowCount: random.rowCount)
    }

    @Test func boundExpressionsMatchTheRowPath() throws {
        let a = Expression.column("a"), b = Expression.column("b"), s = Expression.column("s"), l = Expression.column("l")
        let one = Expression.literal(.integer(1))
        let expressions: [Expression] = [
            .binary(.add, .binary(.multiply, a, .literal(.integer(2))), l),
            .binary(.divide, a, b),
            .binary(.modulo, l, a),
            .binary(.and, .binary(.greater, a, one), .binary(.less, b, .literal(.double(10)))),
            .binary(.or, .binary(.equal, s, .literal(.string("a"))), .binary(.lessOrEqual, l, .literal(.long(0)))),
            .binary(.add, .function("abs", [a]), one),
            .binary(.multiply, .function("power", [b, .literal(.integer(2))]), .literal(.double(0.5))),
            .binary(.equal, .function("upper", [s]), .literal(.string("A"))),
            .binary(.add, .function("casewhen", [.binary(.notEqual, a, .literal(.integer(0))),
                                             .binary(.divide, l, a)]), .literal(.double(1))),
            .unary(.negate, .binary(.subtract, a, l)),
            .binary(.greater, .cast(s, .integer), a),
            .binary(.add, .literal(.decimal(DecimalValue(unscaled: 15, precision: 3, scale: 1))), a),
        ]
        for e in expressions {
            let bound = try bind(e)
            for seed in UInt64(1)...4 { S.expectAgreement(bound, batch(seed: seed, edges: seed > 2)) }
        }
    }

    @Test func theFirstFailingRowsErrorWinsWhicheverNodeRaises() throws {
        // Row 1 has a malformed string, row 2 an overflowing sum: row by row, the cast fails first.
        let rows: [[Value]] = [[.integer(1), .double(1), .string("1"), .long(1)],
                               [.integer(1), .double(1), .string("x"), .long(1)],
                               [.integer(.max), .double(1), .string("2"), .long(1)]]
        let batch = EngineTestData.batch(schema, rows)
        let e = try bind(.binary(.add, .binary(.add, .column("a"), .literal(.integer(1))), .cast(.column("s"), .integer)))
        #expect(throws: ValueCast.invalid(.string("x"), .integer)) { try e.evaluate(batch) }
        S.expectAgreement(e, batch)
    }

    @Test func sharedOperandsWithoutAKernelAreComputedOnce() throws {
        let d = DataType.decimal(precision: 3, scale: 1)
        let k = BoundExpression.literal(.decimal(DecimalValue(unscaled: 15, precision: 3, scale: 1)), type: d)
        let sum = BoundExpression.binary(.add, k, k, type: .decimal(precision: 4, scale: 1))
        guard case .scalar(let one) = try sum.vectorValue(batch(seed: 1)) else { Issue.record("a shared value"); return }
        #expect(one.value(at: 0) == .decimal(DecimalValue(unscaled: 30, precision: 4, scale: 1)))
        S.expectAgreement(sum, batch(seed: 1))
    }
}
