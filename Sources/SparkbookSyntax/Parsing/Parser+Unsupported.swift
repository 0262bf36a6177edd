/// Python constructs outside the Sparkbook subset. Each gets a diagnostic with the code
/// `unsupported` pointing at the keyword or operator, so valid-but-unsupported Python is
/// never silently accepted nor reported as a mere typo.
extension Parser {
    /// The diagnostic for a statement-starting token outside the subset, if it is one.
    func unsupportedStatement(_ token: Token) -> Diagnostic? {
        guard case .keyword(let keyword) = token.kind else { return nil }
        switch keyword {
        case .class:
            return unsupported(token, "`class` is not supported yet: Sparkbook's interpreter does not run user-defined classes",
                               suggestion: "keep records in dicts, tuples or Row(...), and compute with DataFrame functions")
        case .async:
            return unsupported(token, "`async` is not supported in Sparkbook")
        case .yield, .await:
            return unsupportedExpressionKeyword(token)
        default:
            return nil
        }
    }

    /// `yield` and `await` where an expression is expected.
    func unsupportedExpressionKeyword(_ token: Token) -> Diagnostic? {
        guard case .keyword(let keyword) = token.kind else { return nil }
        switch keyword {
        case .yield, .await:
            return unsupported(token, "`\(keyword.rawValue)` is not supported in Sparkbook")
        default:
            return nil
        }
    }

    func unsupportedWalrus(_ token: Token) -> Diagnostic {
        unsupported(token, "the walrus operator `:=` is not supported in Sparkbook",
                    suggestion: "assign the value on its own line first")
    }

    func unsupportedMatrixMultiply(_ token: Token) -> Diagnostic {
        unsupported(token, "the matrix multiplication operator `\(token.isPunctuator(.at) ? "@" : "@=")` is not supported in Sparkbook")
    }

    private func unsupported(_ token: Token, _ message: String, suggestion: String? = nil) -> Diagnostic {
        Diagnostic(code: DiagnosticCode.unsupported, message: message, span: token.span, suggestion: suggestion)
    }
}
