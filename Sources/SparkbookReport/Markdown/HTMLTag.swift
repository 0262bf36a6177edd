/// One HTML tag as written in a markdown cell (`<img src="x" width=130>`, `</div>`), parsed so that it can be
/// rebuilt from allowed parts only (see `HTMLSanitizer`).
struct HTMLTag: Equatable {
    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    /// In source order; a bare attribute (`hidden`) has no value.
    var attributes: [(name: String, value: String?)]

    static func == (l: HTMLTag, r: HTMLTag) -> Bool {
        l.name == r.name && l.isClosing == r.isClosing && l.isSelfClosing == r.isSelfClosing
            && l.attributes.map(\.name) == r.attributes.map(\.name) && l.attributes.map(\.value) == r.attributes.map(\.value)
    }

    /// The tag starting at `start` (a `<`) and the index just past its `>`; nil when the text there is not a tag.
    static func parse(_ chars: [Character], at start: Int) -> (tag: HTMLTag, end: Int)? {
        var i = start
        guard i < chars.count, chars[i] == "<" else { return nil }
        i += 1
        let closing = i < chars.count && chars[i] == "/"
        if closing { i += 1 }
        let nameStart = i
        guard i < chars.count, chars[i].isASCII, chars[i].isLetter else { return nil }
        while i < chars.count, chars[i].isASCII, chars[i].isLetter || chars[i].isNumber || chars[i] == "-" { i += 1 }
        var tag = HTMLTag(name: String(chars[nameStart..<i]).lowercased(), isClosing: closing, isSelfClosing: false,
                          attributes: [])
        while i < chars.count {
            let beforeSpace = i
            while i < chars.count, chars[i].isWhitespace { i += 1 }
            guard i < chars.count else { return nil }
            if chars[i] == ">" { return (tag, i + 1) }
            if chars[i] == "/", i + 1 < chars.count, chars[i + 1] == ">" {
                tag.isSelfClosing = true
                return (tag, i + 2)
            }
            // Attributes must be separated from the name and from each other by whitespace.
            guard !closing, i > beforeSpace, isAttributeNameStart(chars[i]) else { return nil }
            let attrStart = i
            while i < chars.count, isAttributeNameStart(chars[i]) || chars[i].isNumber || ".-".contains(chars[i]) { i += 1 }
            let name = String(chars[attrStart..<i]).lowercased()
            var j = i
            while j < chars.count, chars[j].isWhitespace { j += 1 }
            guard j < chars.count, chars[j] == "=" else {
                tag.attributes.append((name, nil))
                continue
            }
            j += 1
            while j < chars.count, chars[j].isWhitespace { j += 1 }
            guard j < chars.count else { return nil }
            if chars[j] == "\"" || chars[j] == "'" {
                let quote = chars[j]
                guard let close = chars[(j + 1)...].firstIndex(of: quote) else { return nil }
                tag.attributes.append((name, String(chars[(j + 1)..<close])))
                i = close + 1
            } else {
                let valueStart = j
                while j < chars.count, !chars[j].isWhitespace, !"\"'=<>`".contains(chars[j]) { j += 1 }
                guard j > valueStart else { return nil }
                tag.attributes.append((name, String(chars[valueStart..<j])))
                i = j
            }
        }
        return nil
    }

    private static func isAttributeNameStart(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c == "_" || c == ":")
    }
}
