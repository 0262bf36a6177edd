import Testing
@testable import SparkbookNotebook

@Suite struct CellTests {
    @Test func tagsLiveInMetadata() {
        var cell = Cell.code("x = 1")
        #expect(cell.tags.isEmpty)
        cell.addTag("parameters")
        cell.addTag("parameters")
        cell.addTag("slow")
        #expect(cell.tags == ["parameters", "slow"])
        #expect(cell.metadata["tags"] == ["parameters", "slow"])
        #expect(cell.hasTag("slow"))
        cell.removeTag("parameters")
        cell.removeTag("slow")
        #expect(cell.metadata["tags"] == nil)
    }

    @Test func titleLivesInMetadata() {
        var cell = Cell.markdown("# hi")
        cell.title = "Intro"
        #expect(cell.metadata["title"] == "Intro")
        cell.title = nil
        #expect(cell.metadata.isEmpty)
    }

    @Test func languageComesFromTheFirstLineMagic() {
        #expect(Cell.code("%sql\nSELECT 1").language == "sql")
        #expect(Cell.code("%sql\nSELECT 1").executableSource == "SELECT 1")
        #expect(Cell.code("%sh ls -l").language == "sh")
        #expect(Cell.code("%run ./setup").magic?.argument == "./setup")
        #expect(Cell.code("%%bash\necho hi").language == "bash")
        #expect(Cell.code("%python\nx = 1").language == nil)
        #expect(Cell.code("%python\nx = 1").executableSource == "x = 1")
        #expect(Cell.code("%matplotlib inline\nx = 1").language == nil)
        #expect(Cell.code("x = 1").executableSource == "x = 1")
        #expect(Cell.markdown("%sql").language == nil)
    }

    @Test func equalityIgnoresWhereTheCellCameFrom() {
        var a = Cell.code("x", id: "a")
        var b = Cell.code("x", id: "a")
        a.sourceLine = 3
        b.sourceLine = 9
        #expect(a == b)
        b.source = "y"
        #expect(a != b)
    }
}
