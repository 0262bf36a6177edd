/// Light syntax colouring for code panels: keywords bold, strings green, comments dim, numbers cyan.
public struct CodeHighlighter: Sendable {
    public let style: TerminalStyle
    static let keywords: Set<String> = [
        "from", "import", "as", "for", "in", "if", "elif", "else", "while", "and", "or", "not", "is", "None",
        "True", "False", "pass", "break", "continue", "def", "class", "return", "lambda",
    ]

    public init(style: TerminalStyle) {
        self.style = style
    }

    public func highlight(_ line: String) -> String {
        guard style.color else { return line }
        var out = ""
        var chars = Array(line)[...]
        while let c = chars.first {
            if c == "#" { out += style.dim(String(chars)); break }
            if c == "\"" || c == "'" {
                var literal = String(chars.removeFirst())
                while let n = chars.first {
                    literal.append(chars.removeFirst())
                    if n == "\\", let escaped = chars.first { literal.append(escaped); chars.removeFirst(); continue }
                    if n == c { break }
                }
                out += style.green(literal)
                continue
            }
            if c.isLetter || c == "_" {
                let word = String(chars.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                chars.removeFirst(word.count)
                out += Self.keywords.contains(word) ? style.bold(word) : word
                continue
            }
            if c.isNumber {
                let number = String(chars.prefix { $0.isNumber || $0 == "." || $0 == "_" })
                chars.removeFirst(number.count)
                out += style.cyan(number)
                continue
            }
            out.append(c)
            chars.removeFirst()
        }
        return out
    }
}
