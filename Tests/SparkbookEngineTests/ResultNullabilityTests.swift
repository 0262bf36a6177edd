import Testing
@testable import SparkbookEngine

/// Row functions report Spark's `nullable` for their result (checked against PySpark 4.3.0's `df.schema`).
@Suite struct ResultNullabilityTests {
    let schema = StructType([StructField("a", .long, nullable: false), StructField("b", .long),
                             StructField("s", .string, nullable: false), StructField("d", .double, nullable: false)])

    func nullable(_ e: Expression) throws -> Bool {
        try ExpressionBinder(schema: schema).bind(e).nullable(in: schema)
    }

    @Test func rulesReadTheArguments() {
        #expect(ResultNullability.always.resultNullable([false]))
        #expect(!ResultNullability.never.resultNullable([true]))
        #expect(ResultNullability.whenAnyArgument.resultNullable([false, true]))
        #expect(!ResultNullability.whenAnyArgument.resultNullable([false, false]))
        #expect(!ResultNullability.whenAllArguments.resultNullable([true, false]))
        #expect(ResultNullability.whenAllArguments.resultNullable([true, true]))
    }

    @Test func nullSafeEqualityIsNeverNull() throws {
        #expect(try !nullable(.function("eqnullsafe", [.column("b"), .literal(.long(1))])))
    }

    @Test func nullIntolerantFunctionsFollowTheirArguments() throws {
        #expect(try !nullable(.function("upper", [.column("s")])))
        #expect(try !nullable(.function("negative", [.column("a")])))
        #expect(try nullable(.function("negative", [.column("b")])))
        #expect(try !nullable(.function("power", [.column("d"), .literal(.integer(2))])))
        #expect(try !nullable(.function("like", [.column("s"), .literal(.string("x%"))])))
        #expect(try !nullable(.function("year", [.function("current_date", [])])))
    }

    @Test func coalesceIsNullOnlyWhenEveryArgumentMayBe() throws {
        #expect(try !nullable(.function("coalesce", [.column("b"), .column("a")])))
        #expect(try nullable(.function("coalesce", [.column("b"), .literal(.null)])))
    }

    @Test func caseWhenWithoutElseMayBeNull() throws {
        let condition = Expression.binary(.greater, .column("a"), .literal(.long(1)))
        #expect(try !nullable(.function("casewhen", [condition, .literal(.integer(1)), .literal(.integer(2))])))
        #expect(try nullable(.function("casewhen", [condition, .literal(.integer(1))])))
        #expect(try nullable(.function("casewhen", [condition, .column("b"), .literal(.long(2))])))
    }

    @Test func roundingAndSquareRootsStayNullable() throws {
        #expect(try nullable(.function("sqrt", [.column("d")])))
        #expect(try nullable(.function("round", [.column("d"), .literal(.integer(1))])))
    }

    @Test func hashAndIsNaNAreNeverNull() throws {
        #expect(try !nullable(.function("hash", [.column("b")])))
        #expect(try !nullable(.function("isnan", [.column("b")])))
        #expect(try FunctionTestSupport.call("isnan", .null) == .boolean(false))
        #expect(try FunctionTestSupport.call("isnan", .double(.nan)) == .boolean(true))
    }
}
