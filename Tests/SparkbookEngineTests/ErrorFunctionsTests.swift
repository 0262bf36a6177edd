import Testing
@testable import SparkbookEngine

/// `raise_error` and `assert_true` raise Spark's USER_RAISED_EXCEPTION only for the rows that evaluate them.
@Suite struct ErrorFunctionsTests {
    @Test func assertTrueIsNullWhenTheConditionHolds() throws {
        #expect(try FunctionTestSupport.call("assert_true", .boolean(true), [.string("boom")], type: .boolean) == .null)
        #expect(throws: SparkError.self) {
            try FunctionTestSupport.call("assert_true", .boolean(false), [.string("boom")], type: .boolean)
        }
    }

    @Test func raiseErrorCarriesTheMessage() throws {
        do {
            _ = try FunctionTestSupport.call("raise_error", .string("My error message"), type: .string)
            Issue.record("expected an error")
        } catch let error as SparkError {
            #expect(error.errorClass == "USER_RAISED_EXCEPTION")
            #expect(error.message == "My error message")
            #expect(error.sqlState == "P0001")
        }
    }

    @Test func aBranchNoRowTakesNeverRaises() throws {
        let e = Expression.function("if", [.literal(.boolean(true)), .literal(.integer(1)),
                                             .function("raise_error", [.literal(.string("unreachable"))])])
        #expect(try FunctionTestSupport.evaluate(e, StructType([StructField("x", .integer)]), [.integer(0)]) == .integer(1))
    }
}
