import Foundation

/// Spark's functions that re-encode a value as text: `hex` (a string's UTF-8 bytes, or an integer's 64-bit
/// two's complement, upper-case), `conv` (between bases 2 to 36, as Spark's NumberConverter), `soundex`
/// (Spark's UTF8String.soundex: H and W skipped, other non-letters reset the last code) and `quote`.
enum StringCodeFunctions {
    static let all: [any ScalarFunction] = [
        RowFunction("hex", arity: 1...1, nullability: .whenAnyArgument, signature: { t, _ in
            let integral = [DataType.integer, .long, .short, .byte].contains(t[0])
            return FunctionSignature(inputs: [integral ? .long : t[0] == .binary ? .binary : .string], result: .string)
        }) { v, _ in
            if let bytes = v[0].binaryBytes { return .string(Value.hexText(bytes)) }
            if let n = v[0].int64Value { return .string(String(UInt64(bitPattern: n), radix: 16, uppercase: true)) }
            return .string(v[0].string.utf8.map { byte in
                let digits = String(byte, radix: 16, uppercase: true)
                return byte < 16 ? "0" + digits : digits
            }.joined())
        },
        RowFunction("conv", arity: 3...3, signature: Signatures.fixed([.string, .integer, .integer], .string)) { v, _ in
            convert(v[0].string, from: Int(v[1].int64Value!), to: Int(v[2].int64Value!)).map(Value.string) ?? .null
        },
        RowFunction("soundex", arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.string], .string)) { v, _ in
            .string(soundex(v[0].string))
        },
        // `char(n)`: the character of code n modulo 256; empty for a negative n.
        RowFunction("char", arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.long], .string)) { v, _ in
            let n = v[0].int64Value!
            return .string(n < 0 ? "" : String(Character(UnicodeScalar(UInt8(n % 256)))))
        },
        RowFunction("quote", arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.string], .string)) { v, _ in
            .string("'" + v[0].string.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'")
        },
    ]

    /// The leading digits valid in `from` (an optional `-` first), read as an unsigned 64-bit number and written
    /// in base |to|: a negative `to` writes a negative number signed, a positive one as its two's complement.
    static func convert(_ text: String, from: Int, to: Int) -> String? {
        guard (2...36).contains(Swift.abs(from)), (2...36).contains(Swift.abs(to)) else { return nil }
        var digits = Substring(text)
        let negative = digits.first == "-"
        if negative { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        var value: UInt64 = 0
        for character in digits {
            guard let digit = character.hexDigitValue ?? character.letterDigit, digit < Swift.abs(from) else { break }
            let (times, overflow) = value.multipliedReportingOverflow(by: UInt64(Swift.abs(from)))
            guard !overflow else { value = .max; break }
            value = times &+ UInt64(digit)
        }
        if negative { value = 0 &- value }
        if to < 0, Int64(bitPattern: value) < 0 {
            return "-" + String(UInt64(-Int64(bitPattern: value)), radix: -to, uppercase: true)
        }
        return String(value, radix: Swift.abs(to), uppercase: true)
    }

    static let codes = Array("01230127022455012623017202".utf8)

    static func soundex(_ s: String) -> String {
        let bytes = Array(s.utf8)
        guard var first = bytes.first else { return "" }
        if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) { first -= 32 }
        guard (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) else { return s }
        var result: [UInt8] = [first, 48, 48, 48]
        var index = 1
        var last = codes[Int(first - 65)]
        for var b in bytes.dropFirst() {
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) { b -= 32 }
            guard (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b) else { last = 48; continue }
            let code = codes[Int(b - 65)]
            if code == UInt8(ascii: "7") { continue }
            if code != 48 && code != last {
                result[index] = code
                index += 1
                if index > 3 { break }
            }
            last = code
        }
        return String(decoding: result, as: UTF8.self)
    }
}

private extension Character {
    /// A letter's digit value in bases above 16 (`g` is 16, `z` 35).
    var letterDigit: Int? {
        guard let ascii = asciiValue, let lower = Character(UnicodeScalar(ascii)).lowercased().first?.asciiValue,
              (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) else { return nil }
        return Int(lower - UInt8(ascii: "a")) + 10
    }
}
