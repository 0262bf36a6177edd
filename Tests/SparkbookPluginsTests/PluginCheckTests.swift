import Foundation
import Testing
@testable import SparkbookPlugins

/// `sparkbook plugins check`: manifest, handshake, a batch's round trip and each function, step by step.
@Suite(.enabled(if: PluginFixture.hasPython))
struct PluginCheckTests {
    @Test func aWorkingPluginPassesEveryStep() throws {
        let folder = try PluginFixture.make(name: "unruly", script: PluginFixture.unrulyScript,
                                            functions: Array(PluginFixture.unrulyFunctions.prefix(2)))
        let report = PluginCheck.run(folder: folder)
        #expect(report.passed, "\(report.lines)")
        #expect(report.lines.count == 6)
        #expect(report.lines[0] == "ok    manifest: unruly 1.0.0, protocol 1, provides function py_upper, function py_add")
        #expect(report.lines[1].hasPrefix("ok    started, handshake and a first empty batch in "))
        #expect(report.lines[2].hasPrefix("ok    round trip of an empty batch in "))
        #expect(report.lines[3].hasPrefix("ok    round trip of a 3-row batch (5 columns) in "))
        #expect(report.lines[4] == "ok    function py_upper answered 2 rows of string")
        #expect(report.lines[5] == "ok    function py_add answered 2 rows of bigint")
    }

    @Test func aPluginThatEchoesTheWrongBatchFails() throws {
        let folder = try PluginFixture.make(name: "liar", script: """
            from sparkbook_plugin import Plugin, encode_batch
            import pyarrow as pa
            plugin = Plugin("liar")

            @plugin.method("ping")
            def ping(params):
                return {"batch": encode_batch(pa.table({"x": [1]}))}

            plugin.run()
            """)
        let report = PluginCheck.run(folder: folder)
        #expect(!report.passed)
        #expect(report.lines.last == "FAIL  ping answered a different batch: [\"x\"] of 1 rows", "\(report.lines)")
    }

    @Test func aPluginThatDoesNotStartSaysWhy() throws {
        let folder = try PluginFixture.make(name: "mute", script: "import sys\nsys.exit(3)\n")
        let report = PluginCheck.run(folder: folder)
        #expect(!report.passed)
        #expect(report.lines.last?.hasPrefix("FAIL  plugin 'mute' exited with status 3") == true, "\(report.lines)")
    }
}
