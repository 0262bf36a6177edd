import Testing
@testable import SparkbookEngine

@Suite struct ArgumentTypeMismatchTests {
    @Test func parameterMismatchNamesTheCallAndArgument() {
        let error = ArgumentTypeMismatch(argument: 1, .parameter(required: "\"ARRAY\""), actual: .long)
            .sparkError(call: "f(a, b)", arguments: ["a", "b"])
        #expect(error.errorClass == "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE")
        #expect(error.message == "Cannot resolve \"f(a, b)\" due to data type mismatch: The second parameter requires the \"ARRAY\" type, however \"b\" has the type \"BIGINT\".")
        #expect(error.sqlState == "42K09")
    }

    @Test func extractBaseIsItsOwnError() {
        let error = ArgumentTypeMismatch(argument: 0, .extractBase, actual: .string)
            .sparkError(call: "s[0]", arguments: ["s", "0"])
        #expect(error.description == "[INVALID_EXTRACT_BASE_FIELD_TYPE] Can't extract a value from \"s\". Need a complex type [STRUCT, ARRAY, MAP] but got \"STRING\". SQLSTATE: 42000")
    }

    @Test func arrayPassedToAStringFunctionIsRefused() {
        let schema = StructType([StructField("xs", .array(element: .string, containsNull: false))])
        let error = #expect(throws: SparkError.self) {
            try ExpressionBinder(schema: schema).bind(.function("upper", [.column("xs")]))
        }
        #expect(error?.message == "Cannot resolve \"upper(xs)\" due to data type mismatch: The first parameter requires the \"STRING\" type, however \"xs\" has the type \"ARRAY<STRING>\".")
    }
}
