/// `parse_json`: JSON text to a `Variant`, as Spark reads it with Jackson's default (strict) parser: one value,
/// standard escapes, no comments, single quotes, `NaN` or leading zeros. Integers that fit a `long` stay
/// integers; other numbers go through `VariantBuilder`'s decimal-or-double rule, on their exact text.
public struct VariantJSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var builder = VariantBuilder()

    /// Malformed JSON (Spark reports it as `MALFORMED_RECORD_IN_PARSING`).
    public struct Malformed: Error, Equatable {}

    public static func parse(_ text: String) throws -> Variant {
        var parser = VariantJSONParser(bytes: Array(text.utf8))
        parser.skipWhitespace()
        try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else { throw Malformed() }
        return parser.builder.result()
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while let c = current, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { index += 1 }
    }

    private mutating func expect(_ literal: String) throws {
        for b in literal.utf8 {
            guard current == b else { throw Malformed() }
            index += 1
        }
    }

    private mutating func value(depth: Int) throws {
        guard depth < 1000, let c = current else { throw Malformed() }
        switch c {
        case UInt8(ascii: "{"):
            index += 1
            let start = builder.writePosition
            var fields: [(key: String, id: Int, offset: Int)] = []
            skipWhitespace()
            if current == UInt8(ascii: "}") {
                index += 1
            } else {
                while true {
                    skipWhitespace()
                    guard current == UInt8(ascii: "\"") else { throw Malformed() }
                    let key = try string()
                    skipWhitespace()
                    try expect(":")
                    skipWhitespace()
                    fields.append((key, builder.addKey(key), builder.writePosition - start))
                    try value(depth: depth + 1)
                    skipWhitespace()
                    if current == UInt8(ascii: ",") { index += 1; continue }
                    try expect("}")
                    break
                }
            }
            try builder.finishObject(start: start, fields: fields)
        case UInt8(ascii: "["):
            index += 1
            let start = builder.writePosition
            var offsets: [Int] = []
            skipWhitespace()
            if current == UInt8(ascii: "]") {
                index += 1
            } else {
                while true {
                    skipWhitespace()
                    offsets.append(builder.writePosition - start)
                    try value(depth: depth + 1)
                    skipWhitespace()
                    if current == UInt8(ascii: ",") { index += 1; continue }
                    try expect("]")
                    break
                }
            }
            builder.finishArray(start: start, offsets: offsets)
        case UInt8(ascii: "\""):
            builder.appendString(try string())
        case UInt8(ascii: "t"): try expect("true"); builder.appendBoolean(true)
        case UInt8(ascii: "f"): try expect("false"); builder.appendBoolean(false)
        case UInt8(ascii: "n"): try expect("null"); builder.appendNull()
        default: try number()
        }
    }

    private mutating func number() throws {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        let intStart = index
        while let c = current, c >= 0x30 && c <= 0x39 { index += 1 }
        let intDigits = index - intStart
        guard intDigits > 0, !(intDigits > 1 && bytes[intStart] == 0x30) else { throw Malformed() }
        var isInteger = true
        if current == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            let fractionStart = index
            while let c = current, c >= 0x30 && c <= 0x39 { index += 1 }
            guard index > fractionStart else { throw Malformed() }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            let exponentStart = index
            while let c = current, c >= 0x30 && c <= 0x39 { index += 1 }
            guard index > exponentStart else { throw Malformed() }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let long = Int64(text) {
            builder.appendLong(long)
            return
        }
        if !text.contains(where: { $0 == "e" || $0 == "E" }), let decimal = Self.decimal(text) {
            builder.appendDecimal(unscaled: decimal.unscaled, scale: decimal.scale, precision: decimal.precision)
            return
        }
        builder.appendDouble(Double(text) ?? .nan)
    }

    /// Java's `new BigDecimal(text)` for plain decimal text, when it fits 38 digits of precision and scale.
    static func decimal(_ text: String) -> (unscaled: Int128, scale: Int, precision: Int)? {
        var negative = false
        var digits: [UInt8] = []
        var scale = 0
        var afterPoint = false
        for c in text.utf8 {
            switch c {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "."): afterPoint = true
            default:
                digits.append(c - 0x30)
                if afterPoint { scale += 1 }
            }
        }
        while digits.count > 1 && digits.first == 0 { digits.removeFirst() }
        let precision = digits.count
        guard precision <= 38, scale <= 38 else { return nil }
        var unscaled: Int128 = 0
        for d in digits { unscaled = unscaled * 10 + Int128(d) }
        return (negative ? -unscaled : unscaled, scale, precision)
    }

    private mutating func string() throws -> String {
        index += 1
        var out: [UInt8] = []
        while true {
            guard let c = current else { throw Malformed() }
            index += 1
            switch c {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let e = current else { throw Malformed() }
                index += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var unit = try hex4()
                    if (0xD800..<0xDC00).contains(unit), current == UInt8(ascii: "\\"),
                       index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        let low = try hex4()
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    }
                    out.append(contentsOf: String(Character(Unicode.Scalar(unit) ?? "\u{FFFD}")).utf8)
                default: throw Malformed()
                }
            default:
                guard c >= 0x20 else { throw Malformed() }
                out.append(c)
            }
        }
    }

    private mutating func hex4() throws -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let c = current, let d = Character(Unicode.Scalar(c)).hexDigitValue else { throw Malformed() }
            v = v * 16 + UInt32(d)
            index += 1
        }
        return v
    }
}
