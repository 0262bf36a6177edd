import Testing
@testable import SparkbookEngine

@Suite struct RegexpExtractTests {
    func extract(_ s: Value, _ pattern: String, _ group: Int32? = nil) throws -> Value {
        try FunctionTestSupport.call("regexp_extract", s, [.string(pattern)] + (group.map { [.integer($0)] } ?? []), type: .string)
    }

    @Test func takesTheGroupOfTheFirstMatch() throws {
        #expect(try extract(.string("hello world-12"), #"(\w+)-(\d+)"#, 2) == .string("12"))
        #expect(try extract(.string("a1b22"), #"(\d+)"#, 0) == .string("1"))
        #expect(try extract(.string("a1b22"), #"[a-z](\d+)"#) == .string("1"))
    }

    @Test func noMatchOrAnUnusedGroupIsEmpty() throws {
        #expect(try extract(.string("abc"), "zz(z)", 1) == .string(""))
        #expect(try extract(.string("ab"), "a(x)?b", 1) == .string(""))
        #expect(try extract(.null, "a", 0) == .null)
    }

    @Test func aGroupPastThePatternIsSparksError() {
        #expect { try extract(.string("abc"), "(a)", 2) } throws: { error in
            (error as? SparkError)?.errorClass == "INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX"
        }
    }

    @Test func nameShowsTheDefaultGroup() {
        #expect(Expression.function("regexp_extract", [.column("s"), .literal(.string("(a)"))]).generatedName
                == "regexp_extract(s, (a), 1)")
    }
}
