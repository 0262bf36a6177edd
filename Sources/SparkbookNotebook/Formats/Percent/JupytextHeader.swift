import Foundation

/// The YAML header jupytext puts at the top of a percent script:
/// ```
/// # ---
/// # jupyter:
/// #   kernelspec:
/// #     display_name: Python 3
/// # ---
/// ```
/// Only the block-mapping subset jupytext writes is understood; anything else is reported as `nil`
/// so the reader can keep the header as a raw cell instead of guessing.
public enum JupytextHeader {
    /// Parses the lines between the `# ---` fences (with their `# ` prefixes) into a JSON object.
    public static func parse(_ lines: [String]) -> JSONObject? {
        var entries: [(indent: Int, text: String)] = []
        for line in lines {
            guard line.hasPrefix("#") else { return nil }
            let body = line.hasPrefix("# ") ? String(line.dropFirst(2)) : String(line.dropFirst())
            if body.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let indent = body.prefix { $0 == " " }.count
            entries.append((indent, String(body.dropFirst(indent))))
        }
        var index = 0
        guard let object = parseMapping(entries, &index, indent: 0), index == entries.count else { return nil }
        return object
    }

    private static func parseMapping(_ entries: [(indent: Int, text: String)], _ index: inout Int, indent: Int)
        -> JSONObject?
    {
        var object = JSONObject()
        while index < entries.count, entries[index].indent == indent {
            let text = entries[index].text
            guard let colon = keyColon(in: text) else { return nil }
            let key = unquote(String(text[..<colon]))
            let valueText = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            index += 1
            if valueText.isEmpty {
                if index < entries.count, entries[index].indent > indent {
                    guard let child = parseMapping(entries, &index, indent: entries[index].indent) else { return nil }
                    object[key] = .object(child)
                } else {
                    object[key] = .null
                }
            } else {
                object[key] = scalar(valueText)
            }
        }
        if index < entries.count, entries[index].indent > indent { return nil }
        return object
    }

    /// The colon ending a mapping key (`key: value` or `key:` at the end of the line).
    private static func keyColon(in text: String) -> String.Index? {
        var index = text.startIndex
        while let colon = text[index...].firstIndex(of: ":") {
            let next = text.index(after: colon)
            if next == text.endIndex || text[next] == " " { return colon }
            index = next
        }
        return nil
    }

    private static func scalar(_ text: String) -> JSONValue {
        if text.hasPrefix("'") || text.hasPrefix("\"") { return .string(unquote(text)) }
        if text.hasPrefix("[") || text.hasPrefix("{"), let (value, rest) = JSONParser.parseLeadingValue(Substring(text)),
            rest.isEmpty
        {
            return value
        }
        switch text {
        case "true", "True": return .bool(true)
        case "false", "False": return .bool(false)
        case "null", "~": return .null
        default: break
        }
        if let int = Int(text) { return .int(int) }
        if text.contains("."), let double = Double(text) { return .double(double) }
        return .string(text)
    }

    private static func unquote(_ text: String) -> String {
        if text.count >= 2, text.hasPrefix("'"), text.hasSuffix("'") {
            return String(text.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\""),
            case .string(let s)? = try? JSONParser.parse(text)
        {
            return s
        }
        return text
    }

    /// Renders `object` as the commented YAML block jupytext writes (fences included).
    public static func render(_ object: JSONObject) -> [String] {
        var lines = ["# ---"]
        renderMapping(object, indent: 0, into: &lines)
        lines.append("# ---")
        return lines
    }

    private static func renderMapping(_ object: JSONObject, indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        for entry in object.sortedByKey {
            if case .object(let child) = entry.value, !child.isEmpty {
                lines.append("# \(pad)\(entry.key):")
                renderMapping(child, indent: indent + 2, into: &lines)
            } else {
                lines.append("# \(pad)\(entry.key): \(render(scalar: entry.value))")
            }
        }
    }

    private static func render(scalar value: JSONValue) -> String {
        guard case .string(let s) = value else { return JSONWriter().string(value) }
        let plainSafe = !s.isEmpty && s.first?.isWhitespace == false && s.last?.isWhitespace == false
            && !s.contains(": ") && !s.contains(" #") && !"-?:,[]{}#&*!|>'\"%@`".contains(s.first!)
            && scalar(s) == .string(s)
        return plainSafe ? s : "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
