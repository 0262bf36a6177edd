import ArgumentParser
import Dispatch
import Foundation
import SparkbookCluster
import SparkbookTerminal

/// `sparkbook cluster start --config FILE`: serves the described cluster in the foreground until Ctrl-C or
/// `sparkbook cluster stop`, printing one line per decision.
struct ClusterStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start the cluster service in the foreground (Ctrl-C stops it).",
        discussion: """
        The service listens on loopback only (default 127.0.0.1:\(ClusterService.defaultPort); port 0 takes any \
        free port) and writes a fresh secret to ~/.sparkbook/cluster/PORT.token (mode 0600, removed at stop); \
        notebooks of the same user prove it when they join with --master sparkbook://127.0.0.1:PORT.
        """
    )

    @Option(help: ArgumentHelp("The cluster: Sparkbook's YAML or Hadoop's capacity-scheduler.xml.", valueName: "FILE"))
    var config: String

    @Option(help: ArgumentHelp("Where to listen, loopback only: 127.0.0.1:PORT.", valueName: "ADDRESS"))
    var listen = "127.0.0.1:\(ClusterService.defaultPort)"

    func run() throws {
        let (host, port) = try ClusterAddress.parse(listen, flag: "--listen")
        let description: ClusterDescription
        do {
            description = try ClusterDescription.load(path: config)
        } catch {
            throw ClusterAddress.fail("sparkbook cluster: \(error.message)")
        }
        var options = ClusterService.Options()
        options.host = host
        options.port = port
        options.log = { line in StandardStreams.out(line + "\n") }
        let service: ClusterService
        do {
            service = try ClusterService(description: description, options: options)
        } catch {
            throw ClusterAddress.fail(error.message)
        }
        StandardStreams.out("""
            sparkbook cluster: serving \(description.kind.rawValue) cluster \(description.totalResources) from \(config)
            sparkbook cluster: join with --master \(service.master) --queue \
            \(description.queues.map(\.name).joined(separator: "|")); token in \(service.tokenPath)
            sparkbook cluster: Ctrl-C or `sparkbook cluster stop --master \(service.master)` stops it

            """)
        let signals = [SIGINT, SIGTERM].map { number -> any DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { service.stop() }
            source.resume()
            return source
        }
        service.wait()
        signals.forEach { $0.cancel() }
    }
}
