/// HTML written in a markdown cell, kept the way Jupyter's sanitizer keeps it: formatting tags and their layout
/// attributes (`style`, `width`, `align`, ...) stay, so a notebook's HTML header looks as it does in Jupyter; scripts,
/// frames, forms, event handlers (`onclick`) and `javascript:` links are removed, because a shared report must not
/// run code. Comments are dropped; text is passed through with stray `<` escaped.
enum HTMLSanitizer {
    static let allowedTags: Set<String> = [
        "a", "abbr", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "center", "cite", "code",
        "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "font",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "li", "main", "mark",
        "nav", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span", "strike", "strong", "sub", "summary",
        "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul", "var", "wbr",
    ]
    /// Tags whose content is dropped with them, not shown as text.
    static let droppedWithContent: Set<String> = ["script", "style", "iframe", "object", "embed", "template", "noscript", "textarea", "select"]
    static let allowedAttributes: Set<String> = [
        "align", "alt", "border", "cellpadding", "cellspacing", "class", "color", "colspan", "dir", "face", "height",
        "href", "id", "lang", "name", "rowspan", "size", "span", "src", "start", "style", "title", "type", "valign", "width",
    ]

    /// A raw HTML block: each tag sanitized, text kept.
    static func block(_ html: String) -> String {
        let chars = Array(html)
        var out = ""
        var i = 0
        var skippingUntil: String?
        while i < chars.count {
            if chars[i] == "<", let end = commentEnd(chars, at: i) {
                i = end
                continue
            }
            if chars[i] == "<", let (tag, end) = HTMLTag.parse(chars, at: i) {
                i = end
                if let skipped = skippingUntil {
                    if tag.isClosing && tag.name == skipped { skippingUntil = nil }
                    continue
                }
                if !tag.isClosing && !tag.isSelfClosing && droppedWithContent.contains(tag.name) {
                    skippingUntil = tag.name
                    continue
                }
                out += rebuilt(tag)
                continue
            }
            if skippingUntil == nil { out += chars[i] == "<" ? "&lt;" : String(chars[i]) }
            i += 1
        }
        return out
    }

    /// One tag met inline, rebuilt from its allowed parts; empty when the tag is not allowed at all.
    static func rebuilt(_ tag: HTMLTag) -> String {
        guard allowedTags.contains(tag.name) else { return "" }
        if tag.isClosing { return "</\(tag.name)>" }
        var text = "<" + tag.name
        for (name, value) in tag.attributes where isAllowed(attribute: name, value: value) {
            text += value.map { " \(name)=\"\(HTMLEscaping.escape($0))\"" } ?? " \(name)"
        }
        return text + (tag.isSelfClosing ? " />" : ">")
    }

    /// The index past `-->` when a comment starts at `start`.
    static func commentEnd(_ chars: [Character], at start: Int) -> Int? {
        guard chars[start...].starts(with: "<!--") else { return nil }
        var i = start + 4
        while i + 2 < chars.count {
            if chars[i] == "-", chars[i + 1] == "-", chars[i + 2] == ">" { return i + 3 }
            i += 1
        }
        return chars.count
    }

    private static func isAllowed(attribute name: String, value: String?) -> Bool {
        guard allowedAttributes.contains(name) else { return false }
        guard let value else { return true }
        switch name {
        case "href", "src": return isSafeURL(value)
        case "style":
            let lowered = value.lowercased()
            return !["url(", "expression", "javascript:", "@import", "behavior"].contains { lowered.contains($0) }
        default: return true
        }
    }

    /// Web and mail links, relative paths and inline images; never `javascript:` (however spelled).
    static func isSafeURL(_ url: String) -> Bool {
        let compact = url.filter { !$0.isWhitespace && !($0.asciiValue.map { $0 < 32 } ?? false) }.lowercased()
        let beforePath = compact.prefix { !"/?#".contains($0) }
        if !beforePath.contains(":") && !beforePath.contains("&") { return true }
        return ["http:", "https:", "mailto:"].contains { compact.hasPrefix($0) }
            || ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"].contains { compact.hasPrefix($0) }
    }
}
