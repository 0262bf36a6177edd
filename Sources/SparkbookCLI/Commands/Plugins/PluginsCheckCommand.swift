import ArgumentParser
import Foundation
import SparkbookPlugins

/// `sparkbook plugins check DIR`: the manifest reads, the process starts and answers the handshake, and a
/// small batch makes the round trip (`ping`, and each declared function on a batch of nulls).
struct PluginsCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check a plugin folder: manifest, handshake, a round trip of a small batch.")

    @Argument(help: "The plugin's folder (holding plugin.json).")
    var folder: String

    func run() throws {
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        let report = PluginCheck.run(folder: url)
        for line in report.lines { print(line) }
        if !report.passed { throw ExitCode(1) }
    }
}
