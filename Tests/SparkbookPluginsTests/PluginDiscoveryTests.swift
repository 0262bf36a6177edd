import Foundation
import Testing
@testable import SparkbookPlugins

/// Plugins come from the discovery folders only; a broken manifest is a warning, the others still install.
struct PluginDiscoveryTests {
    @Test func theFoldersAreTheGivenOnesTheProjectsAndTheUsers() {
        let folders = PluginDiscovery.folders(extra: ["extra"], workingDirectory: URL(fileURLWithPath: "/work/project"),
                                              home: URL(fileURLWithPath: "/home/ana"))
        #expect(folders.map(\.path) == ["/work/project/extra", "/work/project/plugins", "/home/ana/.sparkbook/plugins"])
    }

    @Test func aFolderOfPluginsInstallsTheValidOnesAndWarnsOfTheRest() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sparkbook-discovery-\(UUID().uuidString)")
        let good = try PluginFixture.make(name: "good", script: "", functions: [["name": "f", "arguments": ["int"], "returns": "int"]],
                                          dataSources: ["things"], magics: ["chart"], in: root)
        _ = good
        let bad = root.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
        try Data(#"{"name": "bad", "version": "1", "protocolVersion": 99, "command": ["x"], "provides": {}}"#.utf8)
            .write(to: bad.appendingPathComponent("plugin.json"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("not-a-plugin"), withIntermediateDirectories: true)
        let registry = PluginRegistry.standard()
        let problems = PluginDiscovery.install(from: [root, root], into: registry)
        #expect(registry.installedPlugins == ["core", "good"])
        #expect(registry.installed.last?.origin == good.path)
        #expect(registry.installed.last?.provides.map(\.description) == ["function f", "data-source things", "magic chart"])
        #expect(registry.functions.function(named: "f") != nil)
        #expect(registry.dataSources.names.contains("things"))
        #expect(registry.cellKind(for: "chart") != nil)
        #expect(problems == [
            "warning: invalid plugin manifest \(bad.path)/plugin.json: protocolVersion 99 is not one this Sparkbook speaks (1 or 2)",
            "warning: invalid plugin manifest \(bad.path)/plugin.json: protocolVersion 99 is not one this Sparkbook speaks (1 or 2)",
            "note: plugin 'good' in \(good.path) is ignored: a plugin of that name is already installed",
        ])
    }
}
