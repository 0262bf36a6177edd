import Testing
@testable import SparkbookEngine

/// Conditions become the source filters Spark 4.3 lists under `PushedFilters` (recorded from its `explain()`
/// on a parquet scan of `id int, country string, amount double`).
struct PushedFilterTests {
    static let schema = StructType([StructField("id", .integer), StructField("country", .string), StructField("amount", .double)])
    static let id = BoundExpression.column(index: 0, type: .integer)
    static let country = BoundExpression.column(index: 1, type: .string)
    static let amount = BoundExpression.column(index: 2, type: .double)

    static func compare(_ op: BinaryOperator, _ l: BoundExpression, _ r: BoundExpression) -> BoundExpression {
        .binary(op, l, r, type: .boolean)
    }

    static func text(_ conditions: [BoundExpression]) -> [String] {
        PushedFilter.translating(conditions, schema: schema).map(\.description)
    }

    @Test func aComparisonGetsAnIsNotNullBeforeIt() {
        #expect(Self.text([Self.compare(.greater, Self.amount, .literal(.double(1), type: .double))])
                == ["IsNotNull(amount)", "GreaterThan(amount,1.0)"])
        // A literal on the left is turned around.
        #expect(Self.text([Self.compare(.less, .literal(.integer(2), type: .integer), Self.id)])
                == ["IsNotNull(id)", "GreaterThan(id,2)"])
    }

    @Test func conjunctsAreListedOneByOneAndNotEqualIsNotEqualTo() {
        let condition = Self.compare(.and, Self.compare(.and, .unary(.isNull, Self.amount, type: .boolean),
                                                        Self.compare(.lessOrEqual, Self.id, .literal(.integer(2), type: .integer))),
                                     Self.compare(.notEqual, Self.id, .literal(.integer(7), type: .integer)))
        #expect(Self.text([condition])
                == ["IsNotNull(id)", "IsNull(amount)", "LessThanOrEqual(id,2)", "Not(EqualTo(id,7))"])
    }

    @Test func anOrOfTranslatablePartsIsOneFilterWithNoIsNotNull() throws {
        let inList = BoundExpression.function(try #require(Self.function("in", [.string, .string, .string])),
                                              [Self.country, .literal(.string("DE"), type: .string), .literal(.string("FR"), type: .string)])
        let condition = Self.compare(.or, Self.compare(.equal, Self.country, .literal(.string("US"), type: .string)), inList)
        #expect(Self.text([condition]) == ["Or(EqualTo(country,US),In(country, [DE,FR]))"])
    }

    @Test func anExpressionOverAColumnIsNotPushedButItsIsNotNullIs() {
        let plusOne = BoundExpression.binary(.add, Self.id, .literal(.integer(1), type: .integer), type: .integer)
        #expect(Self.text([Self.compare(.greater, plusOne, .literal(.integer(2), type: .integer))]) == ["IsNotNull(id)"])
    }

    static func function(_ name: String, _ types: [DataType]) -> BoundFunction? {
        let context = FunctionContext(sessionTimeZone: "UTC")
        guard let f = try? FunctionRegistry.builtIn.lookup(name), let signature = try? f.signature(types, context: context) else { return nil }
        return BoundFunction(function: f, signature: signature, context: context)
    }
}
