import Foundation

/// The inline part of markdown (emphasis, code spans, links, images, inline HTML, line breaks, GFM strikethrough and
/// bare-URL autolinks) rendered to HTML. Text is escaped; inline HTML goes through `HTMLSanitizer`.
struct MarkdownInline {
    private let chars: [Character]

    static func html(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let inline = MarkdownInline(chars: Array(trimmed))
        return inline.render(0..<inline.chars.count)
    }

    private func render(_ range: Range<Int>) -> String {
        var out = ""
        var i = range.lowerBound
        while i < range.upperBound {
            let c = chars[i]
            switch c {
            case "\\" where i + 1 < range.upperBound:
                let next = chars[i + 1]
                if next == "\n" {
                    out += "<br>\n"
                } else if next.isASCII && next.isPunctuation || next.isASCII && next.isSymbol {
                    out += HTMLEscaping.escape(String(next))
                } else {
                    out += "\\"
                    i += 1
                    continue
                }
                i += 2
            case "`":
                let n = run(of: "`", at: i, limit: range.upperBound)
                if let close = closingBackticks(n, from: i + n, limit: range.upperBound) {
                    out += "<code>" + HTMLEscaping.escape(codeSpan(i + n..<close)) + "</code>"
                    i = close + n
                } else {
                    out += String(repeating: "`", count: n)
                    i += n
                }
            case "<":
                if let end = HTMLSanitizer.commentEnd(chars, at: i), end <= range.upperBound {
                    i = end
                } else if let (link, end) = autolink(at: i, limit: range.upperBound) {
                    out += link
                    i = end
                } else if let (tag, end) = HTMLTag.parse(chars, at: i), end <= range.upperBound {
                    out += HTMLSanitizer.rebuilt(tag)
                    i = end
                } else {
                    out += "&lt;"
                    i += 1
                }
            case "!" where i + 1 < range.upperBound && chars[i + 1] == "[":
                if let (html, end) = link(at: i + 1, limit: range.upperBound, image: true) {
                    out += html
                    i = end
                } else {
                    out += "!"
                    i += 1
                }
            case "[":
                if let (html, end) = link(at: i, limit: range.upperBound, image: false) {
                    out += html
                    i = end
                } else {
                    out += "["
                    i += 1
                }
            case "*", "_", "~":
                let n = run(of: c, at: i, limit: range.upperBound)
                if let (html, end) = emphasis(c, count: n, at: i, limit: range.upperBound) {
                    out += html
                    i = end
                } else {
                    out += String(repeating: c, count: n)
                    i += n
                }
            case "&":
                let entity = entityLength(at: i, limit: range.upperBound)
                out += entity > 0 ? String(chars[i..<(i + entity)]) : "&amp;"
                i += max(1, entity)
            case "\n":
                let hard = out.hasSuffix("  ")
                while out.hasSuffix(" ") { out.removeLast() }
                out += hard ? "<br>\n" : "\n"
                i += 1
            case "h" where bareURLStart(at: i):
                var end = i
                while end < range.upperBound, !chars[end].isWhitespace, chars[end] != "<" { end += 1 }
                while end > i, ".,:;!?\"')*_".contains(chars[end - 1]) { end -= 1 }
                let url = String(chars[i..<end])
                out += "<a href=\"\(HTMLEscaping.escape(url))\">\(HTMLEscaping.escape(url))</a>"
                i = end
            default:
                out += HTMLEscaping.escape(String(c))
                i += 1
            }
        }
        return out
    }

    private func run(of c: Character, at start: Int, limit: Int) -> Int {
        var n = 0
        while start + n < limit, chars[start + n] == c { n += 1 }
        return n
    }

    private func closingBackticks(_ n: Int, from start: Int, limit: Int) -> Int? {
        var i = start
        while i < limit {
            guard chars[i] == "`" else { i += 1; continue }
            let m = run(of: "`", at: i, limit: limit)
            if m == n { return i }
            i += m
        }
        return nil
    }

    /// A code span's text: line endings become spaces; one space is stripped from each side when both have one.
    private func codeSpan(_ range: Range<Int>) -> String {
        var text = String(chars[range]).replacingOccurrences(of: "\n", with: " ")
        if text.count >= 2, text.hasPrefix(" "), text.hasSuffix(" "), text.contains(where: { $0 != " " }) {
            text = String(text.dropFirst().dropLast())
        }
        return text
    }

    /// `*em*`, `**strong**`, `***both***`, `_em_`, `__strong__`, `~~del~~`: the closing run must match the opening
    /// one, neither may touch whitespace on its inner side, and `_` does not work inside words.
    private func emphasis(_ c: Character, count n: Int, at start: Int, limit: Int) -> (String, Int)? {
        guard n <= 3, c != "~" || n == 2 else { return nil }
        let inner = start + n
        guard inner < limit, !chars[inner].isWhitespace else { return nil }
        if c == "_", start > 0, chars[start - 1].isLetter || chars[start - 1].isNumber { return nil }
        var i = inner
        while i < limit {
            if chars[i] == "\\" { i += 2; continue }
            if chars[i] == "`" {
                let m = run(of: "`", at: i, limit: limit)
                i = closingBackticks(m, from: i + m, limit: limit).map { $0 + m } ?? i + m
                continue
            }
            guard chars[i] == c else { i += 1; continue }
            let m = run(of: c, at: i, limit: limit)
            let after = i + m
            let closes = m == n && i > inner && !chars[i - 1].isWhitespace
                && (c != "_" || after >= limit || !(chars[after].isLetter || chars[after].isNumber))
            if closes {
                let body = render(inner..<i)
                let html = switch (c, n) {
                case ("~", _): "<del>\(body)</del>"
                case (_, 1): "<em>\(body)</em>"
                case (_, 2): "<strong>\(body)</strong>"
                default: "<em><strong>\(body)</strong></em>"
                }
                return (html, after)
            }
            i = after
        }
        return nil
    }

    /// `[text](url "title")` or, with `image`, `![alt](src "title")`; `start` is at the `[`.
    private func link(at start: Int, limit: Int, image: Bool) -> (String, Int)? {
        var depth = 0
        var i = start
        var textEnd: Int?
        while i < limit {
            switch chars[i] {
            case "\\": i += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { textEnd = i }
            default: break
            }
            if textEnd != nil { break }
            i += 1
        }
        guard let textEnd, textEnd + 1 < limit, chars[textEnd + 1] == "(" else { return nil }
        i = textEnd + 2
        while i < limit, chars[i] == " " { i += 1 }
        var destination = ""
        if i < limit, chars[i] == "<" {
            guard let close = chars[i..<limit].firstIndex(of: ">") else { return nil }
            destination = String(chars[(i + 1)..<close])
            i = close + 1
        } else {
            var parens = 0
            while i < limit, !chars[i].isWhitespace {
                if chars[i] == "(" { parens += 1 }
                if chars[i] == ")" { if parens == 0 { break }; parens -= 1 }
                destination.append(chars[i])
                i += 1
            }
        }
        while i < limit, chars[i].isWhitespace { i += 1 }
        var title: String?
        if i < limit, let close = ["\"": "\"", "'": "'", "(": ")"][chars[i]] {
            guard let end = chars[(i + 1)..<limit].firstIndex(of: Character(close)) else { return nil }
            title = String(chars[(i + 1)..<end])
            i = end + 1
            while i < limit, chars[i].isWhitespace { i += 1 }
        }
        guard i < limit, chars[i] == ")" else { return nil }
        let url = HTMLSanitizer.isSafeURL(destination) ? HTMLEscaping.escape(destination) : ""
        let titleAttribute = title.map { " title=\"\(HTMLEscaping.escape($0))\"" } ?? ""
        let html = image
            ? "<img src=\"\(url)\" alt=\"\(HTMLEscaping.escape(String(chars[(start + 1)..<textEnd])))\"\(titleAttribute)>"
            : "<a href=\"\(url)\"\(titleAttribute)>\(render((start + 1)..<textEnd))</a>"
        return (html, i + 1)
    }

    /// `<https://spark.apache.org>` or `<someone@example.com>`.
    private func autolink(at start: Int, limit: Int) -> (String, Int)? {
        guard let close = chars[start..<limit].firstIndex(of: ">") else { return nil }
        let body = String(chars[(start + 1)..<close])
        guard !body.isEmpty, !body.contains(where: { $0.isWhitespace || $0 == "<" }) else { return nil }
        let escaped = HTMLEscaping.escape(body)
        if body.range(of: "^[A-Za-z][A-Za-z0-9+.-]{1,31}:", options: .regularExpression) != nil {
            guard HTMLSanitizer.isSafeURL(body) else { return nil }
            return ("<a href=\"\(escaped)\">\(escaped)</a>", close + 1)
        }
        if body.range(of: "^[^@]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$", options: .regularExpression) != nil {
            return ("<a href=\"mailto:\(escaped)\">\(escaped)</a>", close + 1)
        }
        return nil
    }

    /// GFM's extended autolink: `https://...` or `http://...` in running text.
    private func bareURLStart(at i: Int) -> Bool {
        guard i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "/") else { return false }
        let rest = chars[i...].prefix(8)
        return rest.starts(with: "https://") || rest.starts(with: "http://")
    }

    /// The length of a named or numeric character reference (`&amp;`, `&#8212;`) at `i`, else 0.
    private func entityLength(at i: Int, limit: Int) -> Int {
        var j = i + 1
        while j < limit, j - i <= 32, chars[j].isASCII, chars[j].isLetter || chars[j].isNumber || chars[j] == "#" { j += 1 }
        return j < limit && chars[j] == ";" && j > i + 1 ? j - i + 1 : 0
    }
}
