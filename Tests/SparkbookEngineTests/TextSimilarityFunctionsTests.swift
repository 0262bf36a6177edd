import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0.
@Suite struct TextSimilarityFunctionsTests {
    func call(_ name: String, _ args: [Value]) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, args.map(Expression.literal)), StructType([]), [])
    }

    @Test func similarityAndSentences() throws {
        #expect(try call("jaro_winkler_similarity", [.string("MARTHA"), .string("MARHTA")]) == .double(0.9611111111111111))
        #expect(try call("jaro_winkler_similarity", [.string("DIXON"), .string("DICKSONX")]) == .double(0.8133333333333332))
        #expect(try call("jaro_winkler_similarity", [.string("dwayne"), .string("duane")]) == .double(0.8400000000000001))
        #expect(try call("jaro_winkler_similarity", [.string("abc"), .string("")]) == .double(0))
        func words(_ xss: [[String]]) -> Value { .array(xss.map { .array($0.map(Value.string)) }) }
        #expect(try call("sentences", [.string("Hi there! How are you? I am fine.")]) == words([["Hi", "there"], ["How", "are", "you"], ["I", "am", "fine"]]))
        #expect(try call("sentences", [.string("Hello, world. 3.5 apples isn't bad")]) == words([["Hello", "world", "3.5", "apples", "isn't", "bad"]]))
    }
}
