import Testing
@testable import SparkbookEngine

/// Texts Java 17's `String.format` (Locale.US) gives, as Spark's `format_string` returns them.
@Suite struct JavaFormatterTests {
    func format(_ pattern: String, _ args: Value...) throws -> String { try JavaFormatter.format(pattern, args) }

    @Test func stringsAndIntegers() throws {
        #expect(try format("%d %s", .long(5), .string("hello")) == "5 hello")
        #expect(try format("aa%d%s", .long(123), .string("cc")) == "aa123cc")
        #expect(try format("%10s|%-10s|", .string("ab"), .string("cd")) == "        ab|cd        |")
        #expect(try format("%2$s %1$s", .string("a"), .string("b")) == "b a")
        #expect(try format("%s %d", .null, .null) == "null null")
        #expect(try format("%-6d|%+d|%,d|%05d", .integer(42), .integer(5), .integer(1234567), .integer(-42)) == "42    |+5|1,234,567|-0042")
        #expect(try format("%x %X %o %x", .integer(255), .integer(255), .integer(8), .integer(-1)) == "ff FF 10 ffffffff")
        #expect(try format("%b %c %% %S", .boolean(true), .integer(65), .string("ab")) == "true A % AB")
    }

    @Test func floatsRoundHalfUpFromJavaDigits() throws {
        #expect(try format("%.2f", .double(3.14159)) == "3.14")
        #expect(try format("%.1f", .double(0.25)) == "0.3")
        #expect(try format("%.2f", .double(1.005)) == "1.01")
        #expect(try format("%08.3f", .double(-3.14159)) == "-003.142")
        #expect(try format("%f", .double(1e20)) == "100000000000000000000.000000")
        #expect(try format("%e", .double(12345.678)) == "1.234568e+04")
        #expect(try format("%.3e", .double(0)) == "0.000e+00")
        #expect(try format("%g %G", .double(0.00012345), .double(123456789.0)) == "0.000123450 1.23457E+08")
    }

    @Test func mismatchesAreJavasErrors() throws {
        #expect(throws: SparkError.self) { try format("%d", .double(1.5)) }
        #expect(throws: SparkError.self) { try format("%f", .decimal(DecimalValue(unscaled: 15, precision: 2, scale: 1))) }
        #expect(throws: SparkError.self) { try format("%s %s", .string("a")) }
    }
}
