import Testing
@testable import SparkbookEngine

/// Spark's canFilterOutNull and the join type a filter narrows an outer join to.
struct OuterJoinEliminationTests {
    static let schema = StructType([StructField("l", .integer), StructField("r", .string)])
    static let l = BoundExpression.column(index: 0, type: .integer)
    static let r = BoundExpression.column(index: 1, type: .string)
    static let spec = JoinSpec(type: .full, leftKeys: [], rightKeys: [], residual: nil,
                               leftSchema: StructType([schema[0]]), rightSchema: StructType([schema[1]]),
                               output: [l, r], outputSchema: schema)
    static let lPositive = BoundExpression.binary(.greater, l, .literal(.integer(0), type: .integer), type: .boolean)
    static let rNotNull = BoundExpression.unary(.isNotNull, r, type: .boolean)
    static let rNull = BoundExpression.unary(.isNull, r, type: .boolean)

    @Test func aConditionFiltersOutNullsWhenItIsNullOrFalseOverNulls() {
        #expect(OuterJoinElimination.filtersOutNull(Self.lPositive, over: Self.schema))
        #expect(OuterJoinElimination.filtersOutNull(Self.rNotNull, over: Self.schema))
        #expect(!OuterJoinElimination.filtersOutNull(Self.rNull, over: Self.schema))
        let coalesced = BoundExpression.binary(.or, Self.rNull, Self.lPositive, type: .boolean)
        #expect(!OuterJoinElimination.filtersOutNull(coalesced, over: Self.schema))
    }

    @Test func eachSideRejectingNullsDropsItsPadding() {
        #expect(OuterJoinElimination.narrowedType(Self.spec, by: [Self.lPositive, Self.rNotNull]) == .inner)
        #expect(OuterJoinElimination.narrowedType(Self.spec, by: [Self.lPositive]) == .left)
        #expect(OuterJoinElimination.narrowedType(Self.spec, by: [Self.rNotNull]) == .right)
        #expect(OuterJoinElimination.narrowedType(Self.spec, by: [Self.rNull]) == .full)
        #expect(OuterJoinElimination.narrowedType(Self.spec.with(type: .left), by: [Self.rNotNull]) == .inner)
        #expect(OuterJoinElimination.narrowedType(Self.spec.with(type: .left), by: [Self.lPositive]) == .left)
        #expect(OuterJoinElimination.narrowedType(Self.spec.with(type: .right), by: [Self.lPositive]) == .inner)
    }
}
