import Foundation
import Testing
@testable import SparkbookPlugins

/// A manifest is checked when it is read, and its errors say which file and what is wrong.
struct PluginManifestTests {
    func load(_ json: String) throws -> PluginManifest {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sparkbook-manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(json.utf8).write(to: folder.appendingPathComponent("plugin.json"))
        return try PluginManifest.load(folder: folder)
    }

    @Test func aCompleteManifestReads() throws {
        let manifest = try load(#"""
            {"name": "geo", "version": "0.2.0", "protocolVersion": 1, "command": ["python3", "plugin.py"],
             "requires": ["python3"], "provides": {"functions": [{"name": "h3", "arguments": ["double", "double"], "returns": "string"}]}}
            """#)
        #expect(manifest.name == "geo")
        #expect(manifest.capabilities.map(\.description) == ["function h3"])
        #expect(manifest.timeoutSeconds == nil)
    }

    @Test func displayKindsAreRenderers() throws {
        let manifest = try load(#"""
            {"name": "chart", "version": "1.0.0", "protocolVersion": 1, "command": ["python3", "chart.py"],
             "provides": {"displayKinds": ["bar", "Pie"]}}
            """#)
        #expect(manifest.provides.displayKinds == ["bar", "Pie"])
        #expect(manifest.capabilities.map(\.description) == ["renderer display kind=bar", "renderer display kind=pie"])
    }

    @Test func problemsAreNamed() {
        func why(_ json: String) -> String {
            do { _ = try load(json); return "" } catch { return "\(error)".components(separatedBy: "plugin.json: ").last ?? "" }
        }
        #expect(why(#"{"name": "x", "version": "1", "protocolVersion": 1, "provides": {}}"#) == "missing \"command\"")
        #expect(why(#"{"name": "x y", "version": "1", "protocolVersion": 1, "command": ["a"], "provides": {}}"#)
                == "\"name\" must be letters, digits, - and _")
        #expect(why(#"{"name": "x", "version": "1", "protocolVersion": 1, "command": [], "provides": {}}"#) == "\"command\" is empty")
        #expect(why("{not json") == "not valid JSON")
        #expect(why(#"{"name": "x", "version": "1", "protocolVersion": 3, "command": ["a"], "provides": {}}"#)
                == "protocolVersion 3 is not one this Sparkbook speaks (1 or 2)")
        #expect(why(#"{"name": "x", "version": "1", "protocolVersion": 2, "command": ["a"], "maxBatchRows": 0, "provides": {}}"#)
                == "\"maxBatchRows\" must be at least 1")
    }

    @Test func protocolTwoAndLargerBatchesAreDeclared() throws {
        let manifest = try load(#"""
            {"name": "fast", "version": "1.0.0", "protocolVersion": 2, "command": ["bin/fast"], "maxBatchRows": 1000000,
             "provides": {"functions": [{"name": "f", "arguments": ["bigint"], "returns": "bigint"}]}}
            """#)
        #expect(manifest.protocolVersion == 2)
        #expect(manifest.maxBatchRows == 1_000_000)
    }
}
