/// The text rules Spark's `show()` applies to every cell: its width measure, control-character escaping and
/// truncation. Spark measures in UTF-16 code units (Java `String.length`), so this does too.
public enum SparkTextWidth {
    /// Spark's `Utils.stringHalfWidth`: UTF-16 length plus one for each full-width (East Asian) character, so a
    /// CJK character takes two columns. Half-width katakana (U+FF61...) and emoji count as their UTF-16 length.
    public static func halfWidth(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            width += scalar.utf16.count
            if isFullWidth(scalar.value) { width += 1 }
        }
        return width
    }

    /// The ranges of Spark's `fullWidthRegex`.
    static func isFullWidth(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
            return true
        default:
            return false
        }
    }

    /// Spark's `SchemaUtils.escapeMetaCharacters`: control characters that would break the table become
    /// two-character escapes (`\n`, `\r`, `\t`, `\f`, `\b`, `\v`, `\a`). Works on scalars, so "\r\n" is two escapes.
    public static func escapeMetaCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { escape(for: $0) != nil }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if let escaped = escape(for: scalar) {
                result += escaped
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func escape(for scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case "\u{0C}": return "\\f"
        case "\u{08}": return "\\b"
        case "\u{0B}": return "\\v"
        case "\u{07}": return "\\a"
        default: return nil
        }
    }

    /// Spark's cell truncation: when `truncate > 0` and the text is longer, keep `truncate - 3` code units and
    /// add `...`; below 4 keep `truncate` code units and no dots. A surrogate pair cut in half (Spark would leave a
    /// lone surrogate) is dropped whole.
    public static func truncate(_ text: String, to truncate: Int) -> String {
        let units = Array(text.utf16)
        guard truncate > 0, units.count > truncate else { return text }
        let keep = truncate < 4 ? truncate : truncate - 3
        var prefix = Array(units[..<keep])
        if let last = prefix.last, UTF16.isLeadSurrogate(last) { prefix.removeLast() }
        let kept = String(decoding: prefix, as: UTF16.self)
        return truncate < 4 ? kept : kept + "..."
    }
}
