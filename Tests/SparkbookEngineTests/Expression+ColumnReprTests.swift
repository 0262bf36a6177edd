import Testing
@testable import SparkbookEngine

/// PySpark 4's Column repr: prefix operators, quoted strings, Spark's CASE and CAST forms (recorded from 4.3.0).
struct ExpressionColumnReprTests {
    @Test func operatorsArePrefixAndNotEqualIsNegatedEquality() {
        let a = Expression.column("a")
        #expect(Expression.binary(.add, a, .literal(.integer(1))).columnRepr == "+(a, 1)")
        #expect(Expression.binary(.and, .binary(.greater, a, .literal(.integer(1))), .column("b")).columnRepr
                == "and(>(a, 1), b)")
        #expect(Expression.binary(.notEqual, a, .literal(.integer(2))).columnRepr == "!(=(a, 2))")
        #expect(Expression.unary(.negate, a).columnRepr == "negative(a)")
    }

    @Test func literalsCastsCasesAndSortOrders() {
        let a = Expression.column("a")
        #expect(Expression.literal(.string("it's")).columnRepr == #"'it\'s'"#)
        #expect(Expression.literal(.long(10_000_000_000)).columnRepr == "10000000000L")
        #expect(Expression.cast(.binary(.multiply, a, .literal(.integer(2))), .string).columnRepr == "CAST(*(a, 2) AS STRING)")
        #expect(Expression.function("casewhen", [.binary(.greater, a, .literal(.integer(1))), .literal(.string("x")),
                                                 .literal(.string("y"))]).columnRepr
                == "CASE WHEN >(a, 1) THEN 'x' ELSE 'y' END")
        #expect(Expression.sortOrder(a, .descending).columnRepr == "a DESC NULLS LAST")
        #expect(Expression.alias(.aggregate(.avg, .column("x")), name: "m").columnRepr == "avg(x) AS m")
    }

    @Test func structEditsAndZipsShowAsPySpark() {
        let a = Expression.column("a")
        #expect(Expression.function(StructFieldEdits.withField, [a, .literal(.string("b")), .literal(.integer(3))]).columnRepr
                == "update_field(a, b, 3)")
        #expect(Expression.function(StructFieldEdits.dropFields, [a, .literal(.string("b")), .literal(.string("e.g"))]).columnRepr
                == "drop_field(drop_field(a, b), e.g)")
        #expect(ArraysZipFunction.call([a, .column("c")]).columnRepr == "arrays_zip(a, c)")
    }
}
