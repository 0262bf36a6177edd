import Foundation
import Testing

/// `sparkbook engine compare`: what it refuses before any driver starts (the comparison itself runs against real
/// Spark in tests/differential/check.sh, a `make test` phase).
struct EngineCompareCommandTests {
    @Test func notebooksInTwoFoldersNeedOneWorkingDirectory() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b"), withIntermediateDirectories: true)
        for path in ["a.py", "b/b.py"] {
            try "# %%\nprint(1)\n".write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        let outcome = try CommandRunner.run(["engine", "compare", folder.appendingPathComponent("a.py").path,
                                             folder.appendingPathComponent("b/b.py").path])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("the notebooks are in 2 folders and one Spark driver has one working directory: give --cwd"))
    }

    @Test func aKnownDifferenceWithoutItsReasonIsRefusedAtItsLine() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("known.txt")
        try "# why\nsome_case\n".write(to: list, atomically: true, encoding: .utf8)
        try "# %%\nprint(1)\n".write(to: folder.appendingPathComponent("a.py"), atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["engine", "compare", "--known-differences", list.path,
                                             folder.appendingPathComponent("a.py").path])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("known.txt:2: `some_case` needs a reason after its name (NAME  reason)"))
    }
}
