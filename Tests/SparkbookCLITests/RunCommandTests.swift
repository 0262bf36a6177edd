import Foundation
import Testing

/// `sparkbook run` as a user runs it: stdout is the cells' output, stderr progress and errors, exit status.
///
/// The expected stdout of the seed run is stored in Golden/seed_run.stdout.txt. To regenerate it after an
/// intended change, run `SPARKBOOK_UPDATE_GOLDEN=1 swift test --filter RunCommandTests`: the test then
/// rewrites the file instead of comparing (review the diff before committing).
@Suite(.serialized)
struct RunCommandTests {
    static var goldenURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/seed_run.stdout.txt")
    }

    static var updateGolden: Bool { ProcessInfo.processInfo.environment["SPARKBOOK_UPDATE_GOLDEN"] == "1" }

    @Test func theSeedPrintsTheTableAndTheCount() throws {
        let outcome = try CommandRunner.run(["run", "notebooks/dynamic_allocation.ipynb"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        if Self.updateGolden {
            try outcome.stdout.write(to: Self.goldenURL, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: Self.goldenURL, encoding: .utf8)
        #expect(outcome.stdout == golden)
        #expect(outcome.stdout.hasSuffix("5 rows\n100\n"))
        let progress = outcome.stderr.split(separator: "\n").map(String.init)
        #expect(progress.first == "[1/4] cell 9: from pyspark.sql import SparkSession")
        #expect(progress.last?.hasPrefix("[4/4] done in ") == true)
    }

    @Test func quietRunsPrintNoProgress() throws {
        let outcome = try CommandRunner.run(["run", "--quiet", "notebooks/dynamic_allocation.ipynb"])
        #expect(outcome.status == 0)
        // Only Spark's warnings about the notebook's own settings remain, never progress lines.
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("note: ") })
        #expect(lines.count <= 1)
        #expect(outcome.stdout == (try String(contentsOf: Self.goldenURL, encoding: .utf8)))
    }

    @Test func aMisspelledMethodExitsOneWithTheCaretOnStderr() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("typo.py")
        try """
            # %%
            df = spark.read.option("header", "true").csv("data/big_events_50k.csv")
            print("read")

            # %%
            agg_df = df.gropuBy("country").count()
            """.write(to: script, atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["run", "--quiet", "--cwd", CommandRunner.notebooksFolder.path, script.path])
        #expect(outcome.status == 1)
        #expect(outcome.stdout == "read\n")
        #expect(outcome.stderr.hasPrefix("""
            \(script.path):2:6:13: error: PySparkAttributeError: [ATTRIBUTE_NOT_SUPPORTED] Attribute `gropuBy` is not supported.
            agg_df = df.gropuBy("country").count()
                        ^~~~~~~
            help: did you mean `groupBy`?
            [2/2] failed in 
            """))
        #expect(outcome.stderr.hasSuffix("error: cell 2 failed\n"))
    }

    @Test func outputWritesTheExecutedNotebook() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("executed.ipynb")
        let outcome = try CommandRunner.run(["run", "--quiet", "notebooks/dynamic_allocation.ipynb", "--output", output.path])
        #expect(outcome.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        let cells = try #require(json["cells"] as? [[String: Any]])
        let code = cells.filter { $0["cell_type"] as? String == "code" }
        #expect(code.map { $0["execution_count"] as? Int } == [1, 2, 3, 4])
        let last = try #require((code[3]["outputs"] as? [[String: Any]])?.first)
        #expect(last["output_type"] as? String == "execute_result")
        // nbformat stores multi-line text as a list of lines; either form must read "100".
        let plain = (last["data"] as? [String: Any])?["text/plain"]
        #expect((plain as? String ?? (plain as? [String])?.joined()) == "100")
        let display = try #require((code[2]["outputs"] as? [[String: Any]])?.first)
        #expect(display["output_type"] as? String == "display_data")
    }

    @Test func outputEqualToTheInputIsRefused() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("nb.py")
        try "# %%\nprint(1)\n".write(to: input, atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["run", input.path, "--output", input.path])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("--output must differ from the input notebook; Sparkbook never overwrites its input"))
        #expect(try String(contentsOf: input, encoding: .utf8) == "# %%\nprint(1)\n")
    }

    @Test func parametersAreTypedAndInjected() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notebook = folder.appendingPathComponent("params.py")
        try """
            # %% tags=["parameters"]
            n = 1
            name = "default"

            # %%
            print(n * 2, name, type(n))
            """.write(to: notebook, atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["run", "--quiet", notebook.path, "-p", "n", "21", "-p", "name", "x y"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(outcome.stdout == "42 x y <class 'int'>\n")
        let bad = try CommandRunner.run(["run", notebook.path, "-p", "2bad", "1"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("invalid parameter name '2bad': it must be a Python identifier"))
    }

    @Test func anUnknownFileIsAClearError() throws {
        let outcome = try CommandRunner.run(["run", "/no/such/notebook.ipynb"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr.hasPrefix("Error: no notebook at /no/such/notebook.ipynb"))
    }

    @Test func aBadConfIsAUsageError() throws {
        let outcome = try CommandRunner.run(["run", "notebooks/dynamic_allocation.ipynb", "--conf", "novalue"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("--conf expects KEY=VALUE, got 'novalue'"))
    }
}
