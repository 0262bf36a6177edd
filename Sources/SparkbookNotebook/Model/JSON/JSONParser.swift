import Foundation

/// Where and why JSON text could not be parsed (1-based line and column, column in characters).
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "\(line):\(column): \(message)" }
}

/// A strict JSON parser (RFC 8259 plus Python's `NaN`/`Infinity`) that keeps object key order.
///
/// Foundation's `JSONSerialization` loses key order, which would reorder metadata on every save.
public struct JSONParser {
    private let bytes: [UInt8]
    private var position = 0

    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes: Array(text.utf8))
        return try parser.parseDocument()
    }

    public static func parse(_ data: Data) throws(JSONParseError) -> JSONValue {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // tolerate a UTF-8 BOM
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw JSONParseError(line: 1, column: 1, message: "file is not valid UTF-8")
        }
        var parser = JSONParser(bytes: bytes)
        return try parser.parseDocument()
    }

    /// Parses one JSON value at the start of `text` and returns it with the text after it,
    /// or `nil` when `text` does not start with a JSON value (used for `key=value` cell options).
    public static func parseLeadingValue(_ text: Substring) -> (value: JSONValue, rest: Substring)? {
        let utf8 = Array(text.utf8)
        var parser = JSONParser(bytes: utf8)
        guard let value = try? parser.parseValue(depth: 0) else { return nil }
        let rest = String(decoding: utf8[parser.position...], as: UTF8.self)
        return (value, Substring(rest))
    }

    /// Parses an `.ipynb` document and also reports the line on which each element of the
    /// top-level `cells` array starts, so cells can be located in the file.
    public static func parseNotebook(_ data: Data) throws(JSONParseError) -> (value: JSONValue, cellLines: [Int]) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw JSONParseError(line: 1, column: 1, message: "file is not valid UTF-8")
        }
        var parser = JSONParser(bytes: bytes)
        parser.recordsCellLines = true
        let value = try parser.parseDocument()
        return (value, parser.cellLines)
    }

    private var recordsCellLines = false
    private var insideCells = false
    private var cellLines: [Int] = []
    private var countedPosition = 0
    private var countedLine = 1

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// The current line, counted incrementally so recording many cells stays linear.
    private mutating func currentLine() -> Int {
        while countedPosition < position {
            if bytes[countedPosition] == 0x0A { countedLine += 1 }
            countedPosition += 1
        }
        return countedLine
    }

    private mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue(depth: 0)
        skipWhitespace()
        if position < bytes.count { throw error("extra data after the JSON value") }
        return value
    }

    private mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth < 512 else { throw error("nesting too deep") }
        guard let byte = peek() else { throw error("unexpected end of input, expecting a value") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "N"): try expectWord("NaN"); return .double(.nan)
        case UInt8(ascii: "I"): try expectWord("Infinity"); return .double(.infinity)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("expecting a value")
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONValue {
        position += 1
        var object = JSONObject()
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { position += 1; return .object(object) }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw error("expecting a property name in double quotes") }
            let key = try parseString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw error("expecting ':' after a property name") }
            position += 1
            skipWhitespace()
            if depth == 0 { insideCells = recordsCellLines && key == "cells" }
            object[key] = try parseValue(depth: depth + 1)
            if depth == 0 { insideCells = false }
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return .object(object)
            default: throw error("expecting ',' or '}' in an object")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONParseError) -> JSONValue {
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") { position += 1; return .array(items) }
        while true {
            skipWhitespace()
            if insideCells && depth == 1 { cellLines.append(currentLine()) }
            items.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return .array(items)
            default: throw error("expecting ',' or ']' in an array")
            }
        }
    }

    private mutating func parseString() throws(JSONParseError) -> String {
        let start = position
        position += 1
        var buffer: [UInt8] = []
        while true {
            guard let byte = peek() else {
                position = start
                throw error("unterminated string")
            }
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                position += 1
                try parseEscape(into: &buffer)
            case 0..<0x20:
                throw error("control character in a string must be escaped")
            default:
                buffer.append(byte)
                position += 1
            }
        }
    }

    private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONParseError) {
        guard let byte = peek() else { throw error("unterminated escape") }
        position += 1
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
            UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let replacement = simple[byte] { buffer.append(replacement); return }
        guard byte == UInt8(ascii: "u") else {
            position -= 2
            throw error("invalid escape")
        }
        var scalar = try parseHex4()
        if (0xD800..<0xDC00).contains(scalar), bytes[position...].starts(with: Array("\\u".utf8)) {
            let save = position
            position += 2
            let low = try parseHex4()
            if (0xDC00..<0xE000).contains(low) {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else {
                position = save
            }
        }
        let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"  // lone surrogates cannot live in a String
        buffer.append(contentsOf: Array(String(Character(character)).utf8))
    }

    private mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        guard position + 4 <= bytes.count,
            let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
        else { throw error("invalid \\u escape") }
        position += 4
        return value
    }

    private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = position
        if peek() == UInt8(ascii: "-") {
            position += 1
            if peek() == UInt8(ascii: "I") { try expectWord("Infinity"); return .double(-.infinity) }
        }
        guard let first = peek(), isDigit(first) else { throw error("expecting a digit") }
        position += 1
        if first != UInt8(ascii: "0") { skipDigits() }
        var isInteger = true
        if peek() == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard let d = peek(), isDigit(d) else { throw error("expecting a digit after '.'") }
            skipDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard let d = peek(), isDigit(d) else { throw error("expecting a digit in the exponent") }
            skipDigits()
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isInteger { return Int(text).map(JSONValue.int) ?? .bigInt(text) }
        return .double(Double(text) ?? .nan)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
        while let b = peek(), isDigit(b) { position += 1 }
    }

    private mutating func expectWord(_ word: String) throws(JSONParseError) {
        let expected = Array(word.utf8)
        guard bytes[position...].starts(with: expected) else { throw error("expecting a value") }
        position += expected.count
    }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipWhitespace() {
        while let b = peek(), b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { position += 1 }
    }

    /// An error at the current position, with the line and the column counted in characters.
    private func error(_ message: String) -> JSONParseError {
        let end = min(position, bytes.count)
        let lineStart = (bytes[..<end].lastIndex(of: 0x0A)).map { $0 + 1 } ?? 0
        let line = bytes[..<end].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).unicodeScalars.count + 1
        return JSONParseError(line: line, column: column, message: message)
    }
}
