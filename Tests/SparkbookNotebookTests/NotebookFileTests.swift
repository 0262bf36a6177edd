import Foundation
import Testing
@testable import SparkbookNotebook

@Suite struct NotebookFileTests {
    @Test func readsEachFormatByDetection() throws {
        #expect(try NotebookFile.read(from: FixtureFiles.url("seed.ipynb")).format == .ipynb)
        #expect(try NotebookFile.read(from: FixtureFiles.url("seed_percent.py")).format == .percentPython)
        #expect(try NotebookFile.read(from: FixtureFiles.url("seed_databricks.py")).format == .databricksPython)
    }

    @Test func writesTheFormatTheExtensionImplies() throws {
        let folder = try FixtureFiles.temporaryFolder()
        let seed = try FixtureFiles.notebook("seed.ipynb")
        let py = folder.appendingPathComponent("seed.py")
        try NotebookFile.write(seed, to: py)
        #expect(try NotebookFile.read(from: py).notebook.cells.map(\.source) == seed.cells.map(\.source))
        let ipynb = folder.appendingPathComponent("seed.ipynb")
        try NotebookFile.write(seed, to: ipynb)
        #expect(try Data(contentsOf: ipynb) == FixtureFiles.data("seed.ipynb"))
    }

    @Test func errorsCarryThePath() throws {
        let url = try FixtureFiles.temporaryFolder().appendingPathComponent("broken.ipynb")
        try Data("{\"cells\": [".utf8).write(to: url)
        do {
            _ = try NotebookFile.read(from: url)
            Issue.record("expected an error")
        } catch {
            #expect(error.path == url.path)
            #expect(error.line == 1)
        }
    }
}
