import Testing
@testable import SparkbookInterpreter

/// Matching call arguments to parameters with Python's error messages.
struct CallArgumentsTests {
    @Test func positionalsAndKeywordsFillParametersInOrder() throws {
        let args = CallArguments(positional: [.int(5)], keywords: [("vertical", .bool(true))], functionName: "show")
        let bound = try args.bind(["n", "truncate", "vertical"])
        #expect(bound.map { $0?.repr } == ["5", nil, "True"])
    }

    @Test func tooManyPositionals() {
        let args = CallArguments(positional: [.int(1), .int(2)], functionName: "limit")
        let error = #expect(throws: ScriptError.self) { try args.bind(["num"]) }
        #expect(error?.summary == "TypeError: limit() takes 1 positional arguments but 2 were given")
    }

    @Test func unknownAndDuplicateKeywords() {
        let unknown = CallArguments(keywords: [("count", .int(1))], functionName: "show")
        #expect((#expect(throws: ScriptError.self) { try unknown.bind(["n"]) })?.message ==
            "show() got an unexpected keyword argument 'count'")
        let twice = CallArguments(positional: [.int(1)], keywords: [("n", .int(2))], functionName: "show")
        #expect((#expect(throws: ScriptError.self) { try twice.bind(["n"]) })?.message ==
            "show() got multiple values for argument 'n'")
    }

    @Test func missingRequiredArgument() {
        let args = CallArguments(functionName: "take")
        #expect((#expect(throws: ScriptError.self) { try args.bind(["num"], required: 1) })?.message ==
            "take() missing 1 required positional argument: 'num'")
    }

    @Test func variadicFlattensOneListOrTuple() throws {
        #expect(try CallArguments(positional: [.list([.string("a"), .string("b")])]).variadic().map(\.repr) == ["'a'", "'b'"])
        #expect(try CallArguments(positional: [.string("a"), .string("b")]).variadic().map(\.repr) == ["'a'", "'b'"])
        #expect(try CallArguments(positional: [.tuple([.int(1)]), .int(2)]).variadic().map(\.repr) == ["(1,)", "2"])
        #expect(throws: ScriptError.self) { try CallArguments(keywords: [("x", .int(1))], functionName: "select").variadic() }
    }

    @Test func noArguments() throws {
        try CallArguments(functionName: "count").noArguments()
        #expect((#expect(throws: ScriptError.self) { try CallArguments(positional: [.int(1)], functionName: "count").noArguments() })?.message ==
            "count() takes no arguments")
    }
}
