import Testing
@testable import SparkbookSyntax

@Suite struct ProgramTests {
    @Test func trailingExpressionIsTheLastExpressionStatement() throws {
        let program = try #require(Fixture.program("df = spark.range(3)\ndf.count()"))
        #expect(program.endsWithExpression)
        #expect(program.trailingExpression?.sExpression == "(call (attr df count))")
    }

    @Test func noTrailingExpressionAfterAssignmentOrBlock() {
        #expect(Fixture.program("x = 1")?.endsWithExpression == false)
        #expect(Fixture.program("x\nfor i in xs:\n    i")?.endsWithExpression == false)
        #expect(Fixture.program("")?.trailingExpression == nil)
    }

    @Test func endsInsideBlockTellsTheReplToKeepReading() {
        #expect(Fixture.program("for i in xs:\n    print(i)")?.endsInsideBlock == true)
        #expect(Fixture.program("for i in xs:\n    print(i)\nx = 1")?.endsInsideBlock == false)
    }

    @Test func unparenthesizedStripsParentheses() throws {
        let program = try #require(Fixture.program("((a))"))
        #expect(program.trailingExpression?.unparenthesized.kind == .name("a"))
    }
}
