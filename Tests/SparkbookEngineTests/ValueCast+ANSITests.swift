import Testing
@testable import SparkbookEngine

@Suite struct ValueCastANSITests {
    @Test func ansiCastsFailOnBadText() throws {
        #expect(throws: SparkError.self) { try ValueCast.ansiCast(.string("abc"), to: .integer) }
        #expect(try ValueCast.ansiCast(.string(" 42 "), to: .integer) == .integer(42))
        #expect(try ValueCast.ansiCast(.date(0), to: .string) == .string("1970-01-01"))
    }
}
