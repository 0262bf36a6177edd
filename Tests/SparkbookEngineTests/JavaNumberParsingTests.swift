import Testing
@testable import SparkbookEngine

struct JavaNumberParsingTests {
    func with<R>(_ text: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        Array(text.utf8).withUnsafeBytes(body)
    }

    @Test func integersFollowParseInt() {
        #expect(with("+7") { JavaNumberParsing.parseInt32($0) } == 7)
        #expect(with("-2147483648") { JavaNumberParsing.parseInt32($0) } == Int32.min)
        #expect(with("2147483648") { JavaNumberParsing.parseInt32($0) } == nil)
        #expect(with("-9223372036854775808") { JavaNumberParsing.parseInt64($0) } == Int64.min)
        #expect(with("9223372036854775808") { JavaNumberParsing.parseInt64($0) } == nil)
        #expect(with(" 5") { JavaNumberParsing.parseInt32($0) } == nil)
        #expect(with("-") { JavaNumberParsing.parseInt32($0) } == nil)
    }

    @Test func doublesFollowParseDouble() {
        let cases: [(String, Double?)] = [
            ("19.99", 19.99), (" 6", 6), ("1.5d", 1.5), ("2.0f", 2), (".5", 0.5), ("5.", 5), ("1e10", 1e10),
            ("2E-3", 0.002), ("-Infinity", -.infinity), ("0.1", 0.1), ("123456789012345678901", 1.2345678901234568e20),
            ("abc", nil), ("1e", nil), ("", nil), ("inf", nil), ("1,5", nil), ("12.5.0", nil),
        ]
        for (text, expected) in cases {
            #expect(with(text) { JavaNumberParsing.parseDouble($0) } == expected, "\(text)")
        }
        #expect(with("NaN") { JavaNumberParsing.parseDouble($0) }?.isNaN == true)
    }

    @Test func fastPathRoundsExactlyLikeStrtod() {
        for cents in stride(from: 0, to: 200_000, by: 7) {
            let text = "\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
            #expect(with(text) { JavaNumberParsing.parseDouble($0) } == Double(text))
        }
    }

    @Test func booleansAndDecimalShapes() {
        #expect(with("TrUe") { JavaNumberParsing.parseBoolean($0) } == true)
        #expect(with("false") { JavaNumberParsing.parseBoolean($0) } == false)
        #expect(with("yes") { JavaNumberParsing.parseBoolean($0) } == nil)
        #expect(with("12345678901234567890") { JavaNumberParsing.bigDecimalShape($0) }! == (20, 0))
        #expect(with("0012.") { JavaNumberParsing.bigDecimalShape($0) }! == (2, 0))
        #expect(with("1.50") { JavaNumberParsing.bigDecimalShape($0) }! == (3, 2))
        #expect(with("1E+2") { JavaNumberParsing.bigDecimalShape($0) }! == (1, -2))
        #expect(with("1.0d") { JavaNumberParsing.bigDecimalShape($0) } == nil)
    }
}
