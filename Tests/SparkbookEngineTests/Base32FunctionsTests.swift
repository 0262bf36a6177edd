import Testing
@testable import SparkbookEngine

/// Base32 as PySpark 4.3.0 prints it (Commons Codec's lenient decoder).
@Suite struct Base32FunctionsTests {
    @Test func encodesWithPadding() {
        #expect(Base32Functions.encode(Array("foobar".utf8)) == "MZXW6YTBOI======")
        #expect(Base32Functions.encode(Array("f".utf8)) == "MY======")
        #expect(Base32Functions.encode(Array("fooba".utf8)) == "MZXW6YTB")
        #expect(Base32Functions.encode([]) == "")
    }

    @Test func decodesLeniently() {
        #expect(Base32Functions.decode("MZXW6YTBOI======") == Array("foobar".utf8))
        #expect(Base32Functions.decode("mzxw6===") == Array("foo".utf8))
        #expect(Base32Functions.decode("bad!") == [0x08])
    }
}
