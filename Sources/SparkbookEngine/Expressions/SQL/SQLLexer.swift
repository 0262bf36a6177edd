/// Tokens of Spark SQL text: the small part that expressions and simple SELECT queries need.
public enum SQLToken: Sendable, Equatable {
    case identifier(String)
    case quotedIdentifier(String)
    case number(String)
    case string(String)
    case symbol(String)
    case end

    var keyword: String? {
        if case .identifier(let s) = self { return s.uppercased() }
        return nil
    }
}

/// Splits SQL text into tokens; errors are Spark's `PARSE_SYNTAX_ERROR`.
enum SQLLexer {
    static func tokenize(_ text: String) throws -> [SQLToken] {
        var tokens: [SQLToken] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            if c.isLetter || c == "_" {
                var j = i
                while j < chars.count && (chars[j].isLetter || chars[j].isNumber || chars[j] == "_") { j += 1 }
                tokens.append(.identifier(String(chars[i..<j]))); i = j; continue
            }
            if c.isNumber || (c == "." && i + 1 < chars.count && chars[i + 1].isNumber) {
                var j = i
                while j < chars.count && (chars[j].isNumber || chars[j] == ".") { j += 1 }
                if j < chars.count && (chars[j] == "e" || chars[j] == "E") {
                    j += 1
                    if j < chars.count && (chars[j] == "-" || chars[j] == "+") { j += 1 }
                    while j < chars.count && chars[j].isNumber { j += 1 }
                }
                // Type suffixes: BIGINT `L`, TINYINT `Y`, SMALLINT `S`, DOUBLE `D`, FLOAT `F`, DECIMAL `BD`.
                if j + 1 < chars.count && "Bb".contains(chars[j]) && "Dd".contains(chars[j + 1]) { j += 2 }
                else if j < chars.count && "LlDdYySsFf".contains(chars[j]) { j += 1 }
                tokens.append(.number(String(chars[i..<j]))); i = j; continue
            }
            if c == "'" || c == "\"" {
                var j = i + 1, value = ""
                while j < chars.count && chars[j] != c {
                    if chars[j] == "\\" && j + 1 < chars.count { value.append(chars[j + 1]); j += 2; continue }
                    value.append(chars[j]); j += 1
                }
                guard j < chars.count else { throw syntaxError("end of input") }
                tokens.append(.string(value)); i = j + 1; continue
            }
            if c == "`" {
                var j = i + 1
                while j < chars.count && chars[j] != "`" { j += 1 }
                tokens.append(.quotedIdentifier(String(chars[(i + 1)..<min(j, chars.count)]))); i = j + 1; continue
            }
            if i + 2 < chars.count, String(chars[i...i + 2]) == "<=>" { tokens.append(.symbol("<=>")); i += 3; continue }
            let two = i + 1 < chars.count ? String(chars[i...i + 1]) : ""
            if ["<=", ">=", "<>", "!=", "==", "||", "->"].contains(two) { tokens.append(.symbol(two)); i += 2; continue }
            guard "+-*/%(),.<>=[]".contains(c) else { throw syntaxError("'\(c)'") }
            tokens.append(.symbol(String(c))); i += 1
        }
        tokens.append(.end)
        return tokens
    }

    static func syntaxError(_ near: String) -> SparkError {
        SparkError(.analysis, errorClass: "PARSE_SYNTAX_ERROR",
                   message: "Syntax error at or near \(near).", sqlState: "42601")
    }
}
