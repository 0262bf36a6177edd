/// Backslash escapes inside string bodies, decoded to UTF-8 bytes.
///
/// Supported: `\\ \' \" \a \b \f \n \r \t \v`, octal `\ooo`, `\xhh`, and (in text
/// strings) `\uXXXX`, `\UXXXXXXXX`; a backslash before a line break joins the lines.
/// Unknown escapes are kept verbatim as Python does. `\N{name}` is rejected because
/// resolving Unicode names is out of scope. Line breaks are normalised to `\n`.
extension Lexer {
    func decodeEscapes(_ range: Range<Int>, isRaw: Bool, isBytes: Bool) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\r") {
                out.append(UInt8(ascii: "\n"))
                index += (index + 1 < range.upperBound && bytes[index + 1] == UInt8(ascii: "\n")) ? 2 : 1
                continue
            }
            guard byte == UInt8(ascii: "\\"), !isRaw, index + 1 < range.upperBound else {
                out.append(byte)
                index += 1
                continue
            }
            let escapeStart = index
            let code = bytes[index + 1]
            index += 2
            switch code {
            case UInt8(ascii: "\n"): break
            case UInt8(ascii: "\r"):
                if index < range.upperBound, bytes[index] == UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): out.append(code)
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "v"): out.append(0x0B)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = UInt32(code - UInt8(ascii: "0"))
                var count = 1
                while count < 3, index < range.upperBound, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "7") {
                    value = value * 8 + UInt32(bytes[index] - UInt8(ascii: "0"))
                    index += 1
                    count += 1
                }
                try appendCodePoint(value, to: &out, isBytes: isBytes, escapeStart: escapeStart, end: index)
            case UInt8(ascii: "x"):
                let value = try hexDigits(2, at: &index, limit: range.upperBound, escapeStart: escapeStart, name: "\\xhh")
                try appendCodePoint(value, to: &out, isBytes: isBytes, escapeStart: escapeStart, end: index)
            case UInt8(ascii: "u") where !isBytes:
                let value = try hexDigits(4, at: &index, limit: range.upperBound, escapeStart: escapeStart, name: "\\uXXXX")
                try appendCodePoint(value, to: &out, isBytes: false, escapeStart: escapeStart, end: index)
            case UInt8(ascii: "U") where !isBytes:
                let value = try hexDigits(8, at: &index, limit: range.upperBound, escapeStart: escapeStart, name: "\\UXXXXXXXX")
                try appendCodePoint(value, to: &out, isBytes: false, escapeStart: escapeStart, end: index)
            case UInt8(ascii: "N") where !isBytes:
                throw Diagnostic(code: DiagnosticCode.unsupported,
                                 message: "\\N{...} escapes are not supported in Sparkbook",
                                 span: SourceSpan(start: escapeStart, end: index),
                                 suggestion: "use a \\u escape or the character itself")
            default:
                out.append(UInt8(ascii: "\\"))
                index -= 1
            }
        }
        return out
    }

    private func hexDigits(_ count: Int, at index: inout Int, limit: Int, escapeStart: Int, name: String) throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<count {
            guard index < limit, let digit = Lexer.hexValue(bytes[index]) else {
                throw Diagnostic(code: DiagnosticCode.string,
                                 message: "truncated \(name) escape",
                                 span: SourceSpan(start: escapeStart, end: min(index + 1, limit)))
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private func appendCodePoint(_ value: UInt32, to out: inout [UInt8], isBytes: Bool, escapeStart: Int, end: Int) throws {
        if isBytes {
            guard value <= 0xFF else {
                throw Diagnostic(code: DiagnosticCode.string, message: "escape value out of range for bytes",
                                 span: SourceSpan(start: escapeStart, end: end))
            }
            out.append(UInt8(value))
            return
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw Diagnostic(code: DiagnosticCode.string, message: "escape is not a valid Unicode code point",
                             span: SourceSpan(start: escapeStart, end: end))
        }
        out.append(contentsOf: Array(String(scalar).utf8))
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        if isDigit(byte) { return UInt32(byte - UInt8(ascii: "0")) }
        let lower = byte | 0x20
        if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f") { return UInt32(lower - UInt8(ascii: "a")) + 10 }
        return nil
    }
}
