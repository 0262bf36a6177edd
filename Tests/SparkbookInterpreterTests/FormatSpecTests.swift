import Testing
@testable import SparkbookInterpreter

/// Parsing Python's format-spec mini-language.
struct FormatSpecTests {
    @Test func parsesEveryPart() throws {
        let spec = try #require(FormatSpec("*^+#012,.3f"))
        #expect(spec.fill == "*" && spec.align == "^" && spec.sign == "+" && spec.alternate)
        #expect(spec.width == 12 && spec.grouping == "," && spec.precision == 3 && spec.type == "f")
    }

    @Test func zeroFlagMeansZeroFillAfterTheSign() throws {
        let spec = try #require(FormatSpec("08d"))
        #expect(spec.fill == "0" && spec.align == "=" && spec.width == 8)
        #expect(spec.pad("-42", numeric: true, signAndPrefixLength: 1) == "-0000042")
    }

    @Test func rejectsTrailingGarbage() {
        #expect(FormatSpec("10.2fx") == nil)
        #expect(FormatSpec(".f") == nil)
    }

    @Test func defaultAlignmentDependsOnKind() throws {
        let spec = try #require(FormatSpec("5"))
        #expect(spec.pad("ab", numeric: false) == "ab   ")
        #expect(spec.pad("12", numeric: true) == "   12")
    }
}
