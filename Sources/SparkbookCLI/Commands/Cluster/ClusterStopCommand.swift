import ArgumentParser
import SparkbookCluster
import SparkbookTerminal

/// `sparkbook cluster stop --master sparkbook://127.0.0.1:PORT`.
struct ClusterStopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stop", abstract: "Stop the cluster service.")

    @Option(help: ArgumentHelp("The service: sparkbook://127.0.0.1:PORT.", valueName: "URL"))
    var master = "sparkbook://127.0.0.1:\(ClusterService.defaultPort)"

    func run() throws {
        let link = try ClusterAddress.link(master)
        defer { link.close() }
        do { try link.stop() } catch { throw ClusterAddress.fail(error.message) }
        StandardStreams.out("sparkbook cluster: stopped \(link.master)\n")
    }
}
