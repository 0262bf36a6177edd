import Testing
@testable import SparkbookSyntax

@Suite struct TokenTests {
    @Test func displayNamesUsedInMessages() {
        let span = SourceSpan.point(0)
        #expect(Token(.name("df"), span).displayName == "name 'df'")
        #expect(Token(.keyword(.def), span).displayName == "'def'")
        #expect(Token(.punctuator(.leftParen), span).displayName == "'('")
        #expect(Token(.integer(1), span).displayName == "number")
        #expect(Token(.endOfFile, span).displayName == "end of input")
    }

    @Test func kindPredicates() {
        let token = Token(.punctuator(.comma), .point(0))
        #expect(token.isPunctuator(.comma))
        #expect(!token.isPunctuator(.colon))
        #expect(!token.isKeyword(.in))
        #expect(Token(.keyword(.in), .point(0)).isKeyword(.in))
    }

    @Test func everyKeywordIsLexedAsAKeyword() {
        for keyword in Keyword.allCases {
            #expect(Fixture.kinds(keyword.rawValue).first == .keyword(keyword))
        }
        #expect(Fixture.kinds("match").first == .name("match"))
    }

    @Test func everyPunctuatorRoundTrips() {
        for p in Punctuator.allCases where p.closingBracket == nil && ![.rightParen, .rightBracket, .rightBrace].contains(p) {
            #expect(Fixture.kinds("a \(p.rawValue) b").dropFirst().first == .punctuator(p))
        }
    }
}
