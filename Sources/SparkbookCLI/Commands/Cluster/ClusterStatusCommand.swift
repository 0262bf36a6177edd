import ArgumentParser
import Foundation
import SparkbookCluster
import SparkbookTerminal

/// `sparkbook cluster status --master sparkbook://127.0.0.1:PORT [--watch] [--json]`.
struct ClusterStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show the service's queues, applications and recent decisions.")

    @Option(help: ArgumentHelp("The service: sparkbook://127.0.0.1:PORT.", valueName: "URL"))
    var master = "sparkbook://127.0.0.1:\(ClusterService.defaultPort)"

    @Flag(help: "Redraw every second until Ctrl-C.")
    var watch = false

    @Flag(help: "Print the status as JSON (stable keys).")
    var json = false

    func run() throws {
        let link = try ClusterAddress.link(master)
        defer { link.close() }
        repeat {
            let status: ClusterServiceStatus
            do { status = try link.status() } catch { throw ClusterAddress.fail(error.message) }
            let text = json ? status.json.compact + "\n" : ClusterStatusText.render(status)
            // Clear the screen and home the cursor between redraws, as `watch` does.
            StandardStreams.out((watch && !json ? "\u{1B}[H\u{1B}[2J" : "") + text)
            if watch { Thread.sleep(forTimeInterval: 1) }
        } while watch
    }
}
