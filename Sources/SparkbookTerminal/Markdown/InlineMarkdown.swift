/// Inline markdown: `**bold**`, `*italic*` / `_italic_`, `` `code` `` and `[text](url)` links (text kept).
enum InlineMarkdown {
    enum Kind: Equatable { case plain, bold, italic, code }

    struct Run: Equatable {
        var text: String
        var kind: Kind
        /// Whether a space separated this run from the previous one.
        var leadingSpace: Bool
    }

    static func runs(_ text: String) -> [Run] {
        var runs: [Run] = []
        var buffer = ""
        var chars = Array(text)[...]
        func flush() {
            if !buffer.isEmpty { runs.append(Run(text: buffer, kind: .plain, leadingSpace: false)) }
            buffer = ""
        }
        while let c = chars.first {
            if c == "`", let end = chars.dropFirst().firstIndex(of: "`") {
                flush()
                runs.append(Run(text: String(chars[chars.startIndex + 1..<end]), kind: .code, leadingSpace: false))
                chars = chars[(end + 1)...]
            } else if chars.starts(with: "**"), let end = find("**", in: chars.dropFirst(2)) {
                flush()
                runs.append(Run(text: plain(String(chars[chars.startIndex + 2..<end])), kind: .bold, leadingSpace: false))
                chars = chars[(end + 2)...]
            } else if (c == "*" || c == "_"), chars.dropFirst().first.map({ $0 != " " }) == true,
                      let end = chars.dropFirst().firstIndex(of: c), end > chars.startIndex + 1,
                      c == "*" || buffer.last.map({ !$0.isLetter }) != false {
                flush()
                runs.append(Run(text: String(chars[chars.startIndex + 1..<end]), kind: .italic, leadingSpace: false))
                chars = chars[(end + 1)...]
            } else if c == "[", let close = chars.firstIndex(of: "]"), chars.index(after: close) < chars.endIndex,
                      chars[chars.index(after: close)] == "(", let paren = chars[close...].firstIndex(of: ")") {
                buffer += String(chars[chars.startIndex + 1..<close])
                chars = chars[(paren + 1)...]
            } else {
                buffer.append(c)
                chars.removeFirst()
            }
        }
        flush()
        // Runs touch unless the text between them had spaces, which sit inside the plain runs.
        return runs
    }

    /// The text with inline markers removed.
    static func plain(_ text: String) -> String {
        runs(text).map(\.text).joined()
    }

    private static func find(_ marker: String, in chars: ArraySlice<Character>) -> Int? {
        let m = Array(marker)
        var i = chars.startIndex
        while i + m.count <= chars.endIndex {
            if Array(chars[i..<i + m.count]) == m { return i }
            i += 1
        }
        return nil
    }
}
