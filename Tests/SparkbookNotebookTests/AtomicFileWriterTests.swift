import Foundation
import Testing
@testable import SparkbookNotebook

@Suite struct AtomicFileWriterTests {
    struct Interrupted: Error {}

    @Test func writesAndReplaces() throws {
        let folder = try FixtureFiles.temporaryFolder()
        let url = folder.appendingPathComponent("out.ipynb")
        try AtomicFileWriter.write(Data("one".utf8), to: url)
        try AtomicFileWriter.write(Data("two".utf8), to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.ipynb"])
    }

    @Test func aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
        let folder = try FixtureFiles.temporaryFolder()
        let url = folder.appendingPathComponent("out.ipynb")
        try AtomicFileWriter.write(Data("old content".utf8), to: url)
        #expect(throws: AtomicWriteError.self) {
            try AtomicFileWriter.write(to: url) { sink in
                try sink.append("new, half written")
                throw Interrupted()
            }
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "old content")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.ipynb"])
    }

    @Test func refusesToOverwriteTheInput() throws {
        let folder = try FixtureFiles.temporaryFolder()
        let input = folder.appendingPathComponent("in.ipynb")
        try AtomicFileWriter.write(Data("input".utf8), to: input)
        let sameFile = folder.appendingPathComponent("./sub/../in.ipynb")
        do {
            try AtomicFileWriter.write(Data("x".utf8), to: sameFile, protectedInput: input)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.code == .wouldOverwriteInput)
        }
        #expect(try String(contentsOf: input, encoding: .utf8) == "input")
        try AtomicFileWriter.write(Data("out".utf8), to: folder.appendingPathComponent("out.ipynb"), protectedInput: input)
    }

    @Test func missingFolderIsAnErrorWithAPath() throws {
        let url = try FixtureFiles.temporaryFolder().appendingPathComponent("no/such/dir/out.ipynb")
        do {
            try AtomicFileWriter.write(Data("x".utf8), to: url)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .systemError)
            #expect(error.path == url.path)
        }
    }
}
