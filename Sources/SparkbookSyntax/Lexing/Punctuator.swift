/// Operators and delimiters, named by what they look like.
public enum Punctuator: String, Sendable, Hashable, CaseIterable {
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
    case leftBrace = "{", rightBrace = "}"
    case comma = ",", colon = ":", semicolon = ";", dot = ".", ellipsis = "..."
    case plus = "+", minus = "-", star = "*", doubleStar = "**", slash = "/", doubleSlash = "//"
    case percent = "%", at = "@", ampersand = "&", pipe = "|", caret = "^", tilde = "~"
    case leftShift = "<<", rightShift = ">>"
    case less = "<", greater = ">", lessEqual = "<=", greaterEqual = ">=", equalEqual = "==", notEqual = "!="
    case equal = "=", arrow = "->", walrus = ":="
    case plusEqual = "+=", minusEqual = "-=", starEqual = "*=", slashEqual = "/=", doubleSlashEqual = "//="
    case percentEqual = "%=", doubleStarEqual = "**=", ampersandEqual = "&=", pipeEqual = "|="
    case caretEqual = "^=", leftShiftEqual = "<<=", rightShiftEqual = ">>=", atEqual = "@="

    /// Every punctuator spelling ordered longest first, so the lexer's maximal munch
    /// tries `**=` before `**` before `*`.
    static let longestFirst: [(bytes: [UInt8], punctuator: Punctuator)] =
        allCases.map { (Array($0.rawValue.utf8), $0) }.sorted { $0.bytes.count > $1.bytes.count }

    /// The closing partner of an opening bracket.
    var closingBracket: Punctuator? {
        switch self {
        case .leftParen: .rightParen
        case .leftBracket: .rightBracket
        case .leftBrace: .rightBrace
        default: nil
        }
    }
}
