/// A list item's marker: `- `, `* `, `+ `, `1. `, `3) `, with where the item's content starts.
struct ListMarker {
    var ordered: Bool
    var start: Int
    /// The bullet character, or the ordered list's delimiter (`.` or `)`).
    var symbol: Character
    /// The column the item's own lines are indented to.
    var contentIndent: Int
    var content: String

    init?(_ line: String) {
        let indent = MarkdownBlockParser.indentation(line)
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        var markerWidth: Int
        if let c = rest.first, "-*+".contains(c) {
            ordered = false
            start = 1
            symbol = c
            markerWidth = 1
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count), let c = rest.dropFirst(digits.count).first, c == "." || c == ")" else { return nil }
            ordered = true
            start = Int(digits) ?? 1
            symbol = c
            markerWidth = digits.count + 1
        }
        let afterMarker = rest.dropFirst(markerWidth)
        guard afterMarker.isEmpty || afterMarker.first == " " else { return nil }
        let spaces = afterMarker.prefix { $0 == " " }.count
        let padding = spaces >= 1 && spaces <= 4 && spaces < afterMarker.count ? spaces : 1
        contentIndent = indent + markerWidth + padding
        content = String(afterMarker.dropFirst(padding))
    }

    /// Whether `self` is the next item of the list `previous` started.
    func continues(_ previous: ListMarker) -> Bool { ordered == previous.ordered && symbol == previous.symbol }
}
