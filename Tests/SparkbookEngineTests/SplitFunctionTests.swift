import Testing
@testable import SparkbookEngine

/// Expected values recorded from PySpark 4.3.0 (`F.split`).
@Suite struct SplitFunctionTests {
    func split(_ s: String, _ p: String, _ limit: Int = -1) throws -> [String] {
        try SplitFunction.split(s, pattern: p, limit: limit)
    }

    @Test func keepsEmptyStringsIncludingTrailingOnes() throws {
        #expect(try split("a,,b,", ",") == ["a", "", "b", ""])
        #expect(try split("a b  c", " ", 0) == ["a", "b", "", "c"])
        #expect(try split("", ",") == [""])
        #expect(try split("a", "a") == ["", ""])
    }

    @Test func patternIsAJavaRegex() throws {
        #expect(try split("a1b22c", "[0-9]+") == ["a", "b", "c"])
        #expect(try split("1a2", "[0-9]") == ["", "a", ""])
        #expect(try split("a.b", ".") == ["", "", "", ""])
    }

    @Test func positiveLimitCapsTheParts() throws {
        #expect(try split("a,b,c", ",", 2) == ["a", "b,c"])
        #expect(try split("a,b,c", ",", 1) == ["a,b,c"])
        #expect(try split("a,,b,", ",", 2) == ["a", ",b,"])
    }

    @Test func emptyPatternSplitsCharacters() throws {
        #expect(try split("abc", "") == ["a", "b", "c"])
        #expect(try split("abc", "", 2) == ["a", "bc"])
        #expect(try split("", "") == [""])
    }

    @Test func badPatternIsSparksError() {
        #expect(throws: SparkError.self) { try split("a", "(") }
    }

    @Test func generatedNameShowsTheDefaultLimit() {
        #expect(Expression.function("split", [.column("s"), .literal(.string(","))]).generatedName == "split(s, ,, -1)")
        #expect(Expression.function("split", [.column("s"), .literal(.string(",")), .literal(.integer(2))]).generatedName
                == "split(s, ,, 2)")
    }
}
