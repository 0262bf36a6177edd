import Testing
@testable import SparkbookEngine

@Suite struct JavaDoubleTextTests {
    @Test func javaLayout() {
        #expect(JavaDoubleText.text(85000.5) == "85000.5")
        #expect(JavaDoubleText.text(1.0) == "1.0")
        #expect(JavaDoubleText.text(1e7) == "1.0E7")
        #expect(JavaDoubleText.text(0.0001) == "1.0E-4")
        #expect(JavaDoubleText.text(0.001) == "0.001")
        #expect(JavaDoubleText.text(-12345678.9) == "-1.23456789E7")
    }

    @Test func ansiCastsFailOnBadText() throws {
        #expect(throws: SparkError.self) { try ValueCast.ansiCast(.string("abc"), to: .integer) }
        #expect(try ValueCast.ansiCast(.string(" 42 "), to: .integer) == .integer(42))
        #expect(try ValueCast.ansiCast(.date(0), to: .string) == .string("1970-01-01"))
    }
}
