import Testing
@testable import SparkbookSyntax

/// Shared helpers: parse text and look at the result as S-expressions or diagnostics.
enum Fixture {
    static func file(_ text: String, cell: Int? = nil, firstLine: Int = 1) -> SourceFile {
        SourceFile(path: "cell.py", cell: cell, text: text, firstLine: firstLine)
    }

    /// The program's S-expression, or a description of why parsing did not complete.
    static func tree(_ text: String) -> String {
        switch Parser.parse(file(text)) {
        case .complete(let program): program.sExpression
        case .incomplete(let d): "INCOMPLETE: \(d.message)"
        case .failure(let ds): "FAILURE: \(ds.map(\.message).joined(separator: "; "))"
        }
    }

    /// The S-expression of a single expression statement.
    static func expr(_ text: String) -> String {
        guard case .complete(let program) = Parser.parse(file(text)),
              let expr = program.trailingExpression, program.statements.count == 1 else {
            return tree(text)
        }
        return expr.sExpression
    }

    static func program(_ text: String) -> Program? { Parser.parse(file(text)).program }

    /// The first diagnostic of a parse that did not complete.
    static func diagnostic(_ text: String) -> Diagnostic? { Parser.parse(file(text)).diagnostics.first }

    static func isIncomplete(_ text: String) -> Bool {
        if case .incomplete = Parser.parse(file(text)) { return true }
        return false
    }

    /// Token kinds of `text`, without the trailing end-of-file.
    static func kinds(_ text: String) -> [TokenKind] {
        Lexer.tokenize(file(text)).tokens.map(\.kind).filter { $0 != .endOfFile }
    }

    static func lex(_ text: String) -> LexResult { Lexer.tokenize(file(text)) }

    static func render(_ text: String, cell: Int? = nil, path: String = "cell.py") -> String {
        let source = SourceFile(path: path, cell: cell, text: text)
        return DiagnosticRenderer.render(Parser.parse(source).diagnostics, in: source, color: false)
    }
}
