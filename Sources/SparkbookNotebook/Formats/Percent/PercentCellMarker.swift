import Foundation

/// The jupytext percent cell marker: `# %% Title [markdown] key="value" tags=["a", "b"]`.
///
/// Grammar (as jupytext reads it): `#`, optional spaces, `%%` (more `%` allowed), then either the end of
/// the line or whitespace and options: an optional title, an optional `[cell type]`, then `key=value`
/// pairs whose values are JSON.
public struct PercentCellMarker: Sendable, Equatable {
    public var kind: Cell.Kind
    public var title: String?
    /// The `key=value` options, in order (`tags`, and anything else jupytext keeps in cell metadata).
    public var options: JSONObject

    public init(kind: Cell.Kind = .code, title: String? = nil, options: JSONObject = [:]) {
        self.kind = kind
        self.title = title
        self.options = options
    }

    /// Whether `line` starts a new cell. `# %%time` is a commented magic, not a marker.
    public static func isMarker(_ line: some StringProtocol) -> Bool {
        optionsText(line) != nil
    }

    /// Parses a marker line; `nil` when `line` is not a marker.
    public init?(parsing line: some StringProtocol) {
        guard let text = Self.optionsText(line) else { return nil }
        self.init()
        let (rawHead, options) = Self.splitOptions(text)
        let head = rawHead.trimmingCharacters(in: .whitespaces)
        self.options = options
        var titleText = head
        if head.hasSuffix("]"), let open = head.lastIndex(of: "[") {
            let typeName = head[head.index(after: open)..<head.index(before: head.endIndex)].lowercased()
            switch typeName {
            case "markdown", "md": kind = .markdown
            case "raw": kind = .raw
            case "code", "python": kind = .code
            default: break  // unknown bracket text stays part of the title
            }
            if ["markdown", "md", "raw", "code", "python"].contains(typeName) {
                titleText = String(head[..<open])
            }
        }
        let trimmed = titleText.trimmingCharacters(in: .whitespaces)
        title = trimmed.isEmpty ? nil : trimmed
    }

    /// The marker line, written the way jupytext writes it.
    public var line: String {
        var out = "# %%"
        if let title { out += " " + title }
        switch kind {
        case .markdown: out += " [markdown]"
        case .raw: out += " [raw]"
        case .code: break
        }
        let inline = JSONWriter()
        for entry in options.entries {
            out += " \(entry.key)=" + inline.string(entry.value)
        }
        return out
    }

    /// The text after `%%` when `line` is a marker, else `nil`.
    private static func optionsText(_ line: some StringProtocol) -> Substring? {
        var rest = Substring(line).drop { $0 == " " || $0 == "\t" }
        guard rest.hasPrefix("#") else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        guard rest.hasPrefix("%%") else { return nil }
        rest = rest.drop { $0 == "%" }
        if rest.isEmpty { return rest }
        guard let first = rest.first, first.isWhitespace else { return nil }
        return rest.drop { $0.isWhitespace }
    }

    /// Splits `Title [type] k=v k2=v2` into the head and the options: the options are the longest
    /// suffix, starting at a word boundary, that parses entirely as `key=JSON` pairs.
    private static func splitOptions(_ text: Substring) -> (head: String, options: JSONObject) {
        var start = text.startIndex
        while start < text.endIndex {
            let atBoundary = start == text.startIndex || text[text.index(before: start)] == " "
            if atBoundary, let options = parsePairs(text[start...]) {
                return (String(text[..<start]), options)
            }
            start = text.index(after: start)
        }
        return (String(text).trimmingCharacters(in: .whitespaces), [:])
    }

    private static func parsePairs(_ text: Substring) -> JSONObject? {
        var rest = text
        var options = JSONObject()
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            if rest.isEmpty { return options.isEmpty ? nil : options }
            guard let equals = rest.firstIndex(of: "=") else { return nil }
            let key = rest[..<equals]
            guard let first = key.first, first.isLetter || first == "_",
                key.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) })
            else { return nil }
            guard let (value, after) = JSONParser.parseLeadingValue(rest[rest.index(after: equals)...]) else {
                return nil
            }
            guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
            options[String(key)] = value
            rest = after
        }
    }
}
