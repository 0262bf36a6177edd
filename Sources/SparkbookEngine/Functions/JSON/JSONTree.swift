import SparkbookUtilities

/// A parsed JSON text as Spark's Jackson parser reads it for the JSON functions: object fields in their order,
/// numbers kept as written (so integers of any size and the int/float distinction survive), and Jackson's
/// compact writing back (`copyCurrentStructure`): floats as Java's `Double.toString`, no spaces.
indirect enum JSONTree: Equatable {
    case object([(String, JSONTree)])
    case array([JSONTree])
    case string(String)
    case integer(String)
    case float(String)
    case boolean(Bool)
    case null
    /// A number written as it is (`to_json` of a decimal).
    case raw(String)

    static func == (a: JSONTree, b: JSONTree) -> Bool { a.compactText == b.compactText }

    /// The whole text as one JSON value, or nil when it is not valid JSON (Jackson's default features;
    /// `unquotedFieldNames` is the `allowUnquotedFieldNames` option). Trailing text after the value is ignored,
    /// as Spark's functions read only the first value.
    static func parse(_ text: String, unquotedFieldNames: Bool = false) -> JSONTree? {
        var parser = Parser(bytes: Array(text.utf8), unquotedFieldNames: unquotedFieldNames)
        return try? parser.value()
    }

    /// Jackson's compact text of the value.
    var compactText: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case .object(let fields):
            out += "{"
            for (i, (name, value)) in fields.enumerated() {
                if i > 0 { out += "," }
                JSONStringEscaping.append(name, to: &out, as: .jackson)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .string(let s): JSONStringEscaping.append(s, to: &out, as: .jackson)
        case .integer(let text): out += text.hasPrefix("-") ? "-" + Self.trimmedInteger(text.dropFirst()) : Self.trimmedInteger(Substring(text))
        case .float(let text): out += JavaNumberText.double(Double(text) ?? 0)
        case .boolean(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .raw(let text): out += text
        }
    }

    static func trimmedInteger(_ digits: Substring) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    struct Parser {
        let bytes: [UInt8]
        let unquotedFieldNames: Bool
        var i = 0

        init(bytes: [UInt8], unquotedFieldNames: Bool) {
            self.bytes = bytes
            self.unquotedFieldNames = unquotedFieldNames
        }

        struct Invalid: Error {}

        mutating func skipSpace() {
            while i < bytes.count, [0x20, 0x09, 0x0a, 0x0d].contains(bytes[i]) { i += 1 }
        }

        mutating func value() throws -> JSONTree {
            skipSpace()
            guard i < bytes.count else { throw Invalid() }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var fields: [(String, JSONTree)] = []
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(fields) }
                while true {
                    skipSpace()
                    let name: String
                    if i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
                        name = try string()
                    } else if unquotedFieldNames {
                        let start = i
                        while i < bytes.count, bytes[i] == UInt8(ascii: "_") || bytes[i] == UInt8(ascii: "$")
                                || (bytes[i] >= 0x30 && bytes[i] <= 0x39) || ((bytes[i] | 0x20) >= 0x61 && (bytes[i] | 0x20) <= 0x7a) || bytes[i] >= 0x80 {
                            i += 1
                        }
                        guard i > start else { throw Invalid() }
                        name = String(decoding: bytes[start..<i], as: UTF8.self)
                    } else {
                        throw Invalid()
                    }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw Invalid() }
                    i += 1
                    fields.append((name, try value()))
                    skipSpace()
                    guard i < bytes.count else { throw Invalid() }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(fields) }
                    throw Invalid()
                }
            case UInt8(ascii: "["):
                i += 1
                var items: [JSONTree] = []
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                while true {
                    items.append(try value())
                    skipSpace()
                    guard i < bytes.count else { throw Invalid() }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                    throw Invalid()
                }
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .boolean(true)
            case UInt8(ascii: "f"): try literal("false"); return .boolean(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default: return try number()
            }
        }

        mutating func literal(_ word: String) throws {
            let w = Array(word.utf8)
            guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else { throw Invalid() }
            i += w.count
        }

        mutating func number() throws -> JSONTree {
            let start = i
            var isFloat = false
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            let digitsStart = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            guard i > digitsStart else { throw Invalid() }
            // Jackson refuses leading zeros (`01`).
            if bytes[digitsStart] == UInt8(ascii: "0") && i - digitsStart > 1 { throw Invalid() }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                isFloat = true
                i += 1
                let f = i
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
                guard i > f else { throw Invalid() }
            }
            if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "e") {
                isFloat = true
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                let e = i
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
                guard i > e else { throw Invalid() }
            }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            return isFloat ? .float(text) : .integer(text)
        }

        mutating func string() throws -> String {
            i += 1
            var out: [UInt8] = []
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { i += 1; return String(decoding: out, as: UTF8.self) }
                if b < 0x20 { throw Invalid() }
                if b == UInt8(ascii: "\\") {
                    i += 1
                    guard i < bytes.count else { throw Invalid() }
                    switch bytes[i] {
                    case UInt8(ascii: "n"): out.append(0x0a)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "r"): out.append(0x0d)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0c)
                    case UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "\""): out.append(bytes[i])
                    case UInt8(ascii: "u"):
                        var unit = try hex4()
                        var scalar: Unicode.Scalar?
                        if (0xD800..<0xDC00).contains(unit), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "\\"), bytes[i + 2] == UInt8(ascii: "u") {
                            i += 2
                            let low = try hex4()
                            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        }
                        scalar = Unicode.Scalar(unit)
                        out += Array(String(scalar ?? "\u{FFFD}").utf8)
                    default: throw Invalid()
                    }
                    i += 1
                } else {
                    out.append(b)
                    i += 1
                }
            }
            throw Invalid()
        }

        /// Four hex digits after `\u`; leaves `i` on the last one.
        mutating func hex4() throws -> UInt32 {
            guard i + 4 < bytes.count else { throw Invalid() }
            var v: UInt32 = 0
            for k in 1...4 {
                guard let d = URLFunctions.hexValue(bytes[i + k]) else { throw Invalid() }
                v = v << 4 | UInt32(d)
            }
            i += 4
            return v
        }
    }
}
