/// Splits a DDL string into identifiers (plain or backquoted), string literals and punctuation,
/// remembering each token's character offset for error positions.
struct DDLLexer {
    enum Kind: Equatable {
        case word(String)
        case quotedName(String)
        case string(String)
        case symbol(Character)
        case end
    }

    struct Token: Equatable {
        let kind: Kind
        let position: Int
        /// How the token reads in `at or near '...'`.
        let text: String
    }

    static func tokens(_ input: String) throws(DDLError) -> [Token] {
        let characters = Array(input)
        var tokens: [Token] = []
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c.isWhitespace { i += 1; continue }
            let start = i
            if c == "`" {
                var name = ""
                i += 1
                while true {
                    guard i < characters.count else {
                        throw DDLError(.parseSyntaxError, "Syntax error at or near '`'.", position: start, input: input)
                    }
                    if characters[i] == "`" {
                        if i + 1 < characters.count, characters[i + 1] == "`" { name.append("`"); i += 2; continue }
                        i += 1
                        break
                    }
                    name.append(characters[i])
                    i += 1
                }
                tokens.append(Token(kind: .quotedName(name), position: start, text: String(characters[start..<i])))
            } else if c == "'" || c == "\"" {
                var value = ""
                i += 1
                while true {
                    guard i < characters.count else {
                        throw DDLError(.parseSyntaxError, "Syntax error at or near \(c).", position: start, input: input)
                    }
                    if characters[i] == "\\", i + 1 < characters.count { value.append(characters[i + 1]); i += 2; continue }
                    if characters[i] == c { i += 1; break }
                    value.append(characters[i])
                    i += 1
                }
                tokens.append(Token(kind: .string(value), position: start, text: String(characters[start..<i])))
            } else if c.isLetter || c.isNumber || c == "_" {
                while i < characters.count, characters[i].isLetter || characters[i].isNumber || characters[i] == "_" {
                    i += 1
                }
                let word = String(characters[start..<i])
                tokens.append(Token(kind: .word(word), position: start, text: word))
            } else {
                tokens.append(Token(kind: .symbol(c), position: start, text: String(c)))
                i += 1
            }
        }
        tokens.append(Token(kind: .end, position: characters.count, text: ""))
        return tokens
    }
}
