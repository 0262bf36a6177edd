/// One lexical token and the bytes it came from.
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    public var span: SourceSpan

    public init(_ kind: TokenKind, _ span: SourceSpan) {
        self.kind = kind
        self.span = span
    }

    /// Whether the token is the punctuator `p`.
    public func isPunctuator(_ p: Punctuator) -> Bool {
        if case .punctuator(p) = kind { return true }
        return false
    }

    /// Whether the token is the keyword `k`.
    public func isKeyword(_ k: Keyword) -> Bool {
        if case .keyword(k) = kind { return true }
        return false
    }

    /// How the token reads in an error message: `'('`, `'def'`, `name 'x'`, `end of input`.
    public var displayName: String {
        switch kind {
        case .name(let name): "name '\(name)'"
        case .keyword(let keyword): "'\(keyword.rawValue)'"
        case .integer, .float: "number"
        case .string: "string"
        case .punctuator(let p): "'\(p.rawValue)'"
        case .newline: "end of line"
        case .indent: "indent"
        case .dedent: "dedent"
        case .endOfFile: "end of input"
        }
    }
}
