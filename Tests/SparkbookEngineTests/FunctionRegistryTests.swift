import Testing
@testable import SparkbookEngine
import SparkbookUtilities

@Suite struct FunctionRegistryTests {
    let schema = StructType([StructField("name", .string), StructField("amount", .double), StructField("d", .date)])

    func evaluate(_ e: Expression, _ row: [Value]) throws -> Value {
        try FunctionTestSupport.evaluate(e, schema, row)
    }

    @Test func unknownFunctionIsSparksUnresolvedRoutine() {
        #expect(throws: SparkError.self) { try FunctionRegistry.builtIn.lookup("uper") }
        #expect(FunctionRegistry.builtIn.function(named: "UPPER") != nil)
    }

    @Test func generatedNamesFollowSpark() {
        #expect(Expression.function("upper", [.column("country")]).generatedName == "upper(country)")
        #expect(Expression.function("round", [.column("amount"), .literal(.integer(2))]).generatedName == "round(amount, 2)")
        #expect(Expression.function("sqrt", [.column("x")]).generatedName == "SQRT(x)")
        #expect(Expression.function("in", [.column("c"), .literal(.string("US")), .literal(.string("DE"))]).generatedName == "(c IN (US, DE))")
    }

    @Test func roundIsHalfUpOnTheDecimalText() throws {
        #expect(try evaluate(.function("round", [.column("amount"), .literal(.integer(2))]), [.null, .double(2.675), .null]) == .double(2.68))
        #expect(try evaluate(.function("round", [.column("amount"), .literal(.integer(-3))]), [.null, .double(85000.5), .null]) == .double(85000))
    }

    @Test func stringAndDateFunctions() throws {
        #expect(try evaluate(.function("upper", [.column("name")]), [.string("ab"), .null, .null]) == .string("AB"))
        #expect(try evaluate(.function("upper", [.column("name")]), [.null, .null, .null]) == .null)
        let days = Value.date(Int32(CivilCalendar.days(year: 2021, month: 3, day: 15)))
        #expect(try evaluate(.function("dayofweek", [.column("d")]), [.null, .null, days]) == .integer(2))
        #expect(try evaluate(.function("date_format", [.column("d"), .literal(.string("yyyy/MM/dd"))]), [.null, .null, days]) == .string("2021/03/15"))
    }

    @Test func caseWhenWidensItsValues() throws {
        let e = Expression.function("casewhen", [.binary(.greater, .column("amount"), .literal(.integer(1))), .literal(.integer(1)), .literal(.double(0.5))])
        #expect(try evaluate(e, [.null, .double(3), .null]) == .double(1))
        #expect(try evaluate(e, [.null, .double(0), .null]) == .double(0.5))
    }
}
