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

    private func readError(_ url: URL) -> NotebookFormatError? {
        do {
            _ = try NotebookFile.read(from: url)
            return nil
        } catch {
            return error
        }
    }

    @Test func aDirectoryIsNamedAsOneWithTheNotebooksInIt() throws {
        let folder = try FixtureFiles.temporaryFolder()
        try Data("# %%\nx = 1\n".utf8).write(to: folder.appendingPathComponent("job.py"))
        let error = readError(folder)
        #expect(error?.description == "\(folder.path): is a directory, not a notebook; \(NotebookFile.expected)"
                + " (notebooks in it: job.py)")
    }

    @Test func aBinaryFileIsRefusedAsBinary() throws {
        let url = try FixtureFiles.temporaryFolder().appendingPathComponent("data.ipynb")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF]).write(to: url)
        #expect(readError(url)?.message == "is a binary file, not a notebook; \(NotebookFile.expected)")
    }

    @Test func anUnknownExtensionNamesTheExtension() throws {
        let url = try FixtureFiles.temporaryFolder().appendingPathComponent("notes.txt")
        try Data("hello\n".utf8).write(to: url)
        #expect(readError(url)?.message
                == "not a notebook (the extension .txt, and no `# %%` cell markers); \(NotebookFile.expected)")
    }

    @Test func badJSONInAnIpynbNamesItsLineAndColumn() throws {
        let url = try FixtureFiles.temporaryFolder().appendingPathComponent("bad.ipynb")
        try Data("{\n \"cells\": [],\n \"metadata\": {,\n}".utf8).write(to: url)
        let error = readError(url)
        #expect(error?.line == 3)
        #expect(error?.column == 15)
        #expect(error?.message.hasPrefix("invalid JSON: ") == true)
    }
}
