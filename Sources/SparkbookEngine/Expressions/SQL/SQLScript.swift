/// A script of SQL statements separated by `;`, as a `%sql` cell holds it (Databricks and Jupyter's sql magics
/// run each statement in order). `spark.sql` itself takes one statement, so the cell splits first.
public enum SQLScript {
    /// One statement of a script: its text without comments, and the 0-based line of the script it starts on.
    public struct Statement: Sendable, Equatable {
        public var text: String
        public var line: Int

        public init(text: String, line: Int) {
            self.text = text
            self.line = line
        }
    }

    /// The statements of `script` in order. A `;` inside a string literal (`'...'`, `"..."`), a back-quoted name
    /// or a comment (`-- ...`, `/* ... */`) does not split; comments are dropped (a line comment keeps its line
    /// break), and statements that are empty once they are gone are skipped.
    public static func statements(_ script: String) -> [Statement] {
        var statements: [Statement] = []
        var current = ""
        var line = 0
        var startLine: Int?
        let chars = Array(script)
        var i = 0
        func finish() {
            let text = current.trimmingWhitespace
            if !text.isEmpty, let startLine { statements.append(Statement(text: text, line: startLine)) }
            current = ""
            startLine = nil
        }
        func append(_ c: Character) {
            if startLine == nil, !c.isWhitespace { startLine = line }
            if c == "\n" { line += 1 }
            current.append(c)
        }
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if c == "-" && next == "-" {
                while i < chars.count && chars[i] != "\n" { i += 1 }
                continue  // the line break itself is kept
            }
            if c == "/" && next == "*" {
                i += 2
                while i < chars.count && !(chars[i] == "*" && i + 1 < chars.count && chars[i + 1] == "/") {
                    if chars[i] == "\n" { line += 1; current.append("\n") }
                    i += 1
                }
                i += 2
                current.append(" ")
                continue
            }
            if c == "'" || c == "\"" || c == "`" {
                append(c)
                i += 1
                while i < chars.count && chars[i] != c {
                    if chars[i] == "\\" && c != "`" && i + 1 < chars.count { append(chars[i]); i += 1 }
                    append(chars[i])
                    i += 1
                }
                if i < chars.count { append(chars[i]); i += 1 }
                continue
            }
            if c == ";" {
                finish()
                i += 1
                continue
            }
            append(c)
            i += 1
        }
        finish()
        return statements
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        var s = Substring(self)
        while let first = s.first, first.isWhitespace { s = s.dropFirst() }
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
