/// A JSON string literal with only quotes, backslashes and control characters escaped (`\b \f \n \r \t`, else
/// `\u00xx`), other characters kept as they are: what Spark's Jackson (event log, `to_json`, the JSON data source)
/// and Python's `json` with `ensure_ascii=False` (nbformat) both write. They differ only in the case of the hex
/// digits of `\u00xx` (checked: PySpark 4.3 writes `\u001F`, Python writes `\u001f`).
public enum JSONStringEscaping {
    public enum Writer: Sendable {
        /// Jackson, as Spark writes JSON: upper-case hex digits.
        case jackson
        /// Python's `json` module, as nbformat writes notebooks: lower-case hex digits.
        case python
    }

    public static func append(_ s: String, to out: inout String, as writer: Writer = .python) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16, uppercase: writer == .jackson)
                out += "\\u00" + (c.value < 0x10 ? "0" : "") + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// The literal as a new string.
    public static func quoted(_ s: String, as writer: Writer = .python) -> String {
        var out = ""
        append(s, to: &out, as: writer)
        return out
    }
}
