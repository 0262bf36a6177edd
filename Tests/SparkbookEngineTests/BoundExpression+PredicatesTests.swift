import Testing
@testable import SparkbookEngine

/// A counter standing for Spark's nondeterministic functions (`monotonically_increasing_id`): its value
/// depends on the rows evaluated before, so no filter may move below it.
struct RowCounterFunction: NondeterministicFunction {
    let name = "row_counter"
    let arity = 0...0
    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        FunctionSignature(inputs: [], result: .long)
    }
    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        var builder = ColumnBuilder(type: .long, capacity: rowCount)
        for i in 0..<rowCount { builder.append(.long(Int64(i))) }
        return builder.finish()
    }
}

/// Conjuncts, determinism and the rewriting of a condition over an operator's input.
struct BoundExpressionPredicatesTests {
    static let a = BoundExpression.column(index: 0, type: .integer)
    static let b = BoundExpression.column(index: 1, type: .integer)
    static func positive(_ e: BoundExpression) -> BoundExpression {
        .binary(.greater, e, .literal(.integer(0), type: .integer), type: .boolean)
    }

    @Test func conjunctsFlattenNestedAndsInOrderAndJoinBackFromTheLeft() {
        let parts = [Self.positive(Self.a), Self.positive(Self.b), Self.positive(.literal(.integer(1), type: .integer))]
        let nested = BoundExpression.binary(.and, parts[0], .binary(.and, parts[1], parts[2], type: .boolean), type: .boolean)
        #expect(nested.conjuncts == parts)
        #expect(BoundExpression.conjunction(parts)?.conjuncts == parts)
        #expect(BoundExpression.conjunction([]) == nil)
        // An OR is one conjunct.
        #expect(BoundExpression.binary(.or, parts[0], parts[1], type: .boolean).conjuncts.count == 1)
    }

    @Test func substitutingReplacesEachColumnWithItsExpression() {
        let sum = BoundExpression.binary(.add, Self.a, Self.b, type: .integer)
        let condition = Self.positive(.column(index: 1, type: .integer))
        #expect(condition.substituting([Self.a, sum]) == Self.positive(sum))
    }

    @Test func aNondeterministicFunctionAnywhereMakesTheExpressionNondeterministic() throws {
        let counter = BoundExpression.function(
            BoundFunction(function: RowCounterFunction(), signature: FunctionSignature(inputs: [], result: .long),
                          context: FunctionContext()), [])
        #expect(Self.positive(Self.a).isDeterministic)
        #expect(!counter.isDeterministic)
        #expect(!BoundExpression.cast(.binary(.add, counter, counter, type: .long), .string).isDeterministic)
    }

    @Test func aNondeterministicProjectionKeepsTheFilterAboveIt() throws {
        var functions = FunctionRegistry.builtIn
        functions.register(RowCounterFunction())
        let local = LogicalPlan.local(EngineTestData.relation(PredicatePushdownTests.schema, PredicatePushdownTests.rows, partitions: 1))
        let plan = LogicalPlan.filter(PredicatePushdownTests.bNotZero,
                                      .project([.star, .alias(.function("row_counter", []), name: "n")], local))
        guard case .filter(_, .project) = try Planner(functions: functions).plan(plan).stages[0].root else {
            Issue.record("the filter must stay above the counter"); return
        }
    }
}
