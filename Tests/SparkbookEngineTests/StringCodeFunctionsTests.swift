import Testing
@testable import SparkbookEngine

@Suite struct StringCodeFunctionsTests {
    @Test func hexOfStringsAndIntegers() throws {
        #expect(try FunctionTestSupport.call("hex", .string("ABC"), type: .string) == .string("414243"))
        #expect(try FunctionTestSupport.call("hex", .integer(3), type: .integer) == .string("3"))
        #expect(try FunctionTestSupport.call("hex", .long(-1), type: .long) == .string("FFFFFFFFFFFFFFFF"))
    }

    @Test func convSoundexAndQuote() throws {
        #expect(StringCodeFunctions.convert("010101", from: 2, to: 16) == "15")
        #expect(StringCodeFunctions.convert("-10", from: 16, to: -10) == "-16")
        #expect(StringCodeFunctions.convert("-1", from: 10, to: 16) == "FFFFFFFFFFFFFFFF")
        #expect(StringCodeFunctions.convert("", from: 10, to: 16) == nil)
        #expect(StringCodeFunctions.soundex("Peters") == "P362")
        #expect(StringCodeFunctions.soundex("Uhrbach") == "U612")
        #expect(StringCodeFunctions.soundex("1abc") == "1abc")
        #expect(try FunctionTestSupport.call("quote", .string("Don't"), type: .string) == .string("'Don\\'t'"))
    }

    @Test func charOfACode() throws {
        #expect(try FunctionTestSupport.call("char", .long(65), type: .long) == .string("A"))
        #expect(try FunctionTestSupport.call("char", .long(321), type: .long) == .string("A"))
        #expect(try FunctionTestSupport.call("char", .long(-1), type: .long) == .string(""))
    }
}
