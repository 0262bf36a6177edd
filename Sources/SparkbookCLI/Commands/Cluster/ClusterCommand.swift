import ArgumentParser

/// `sparkbook cluster start|status|stop`: a resident resource manager that notebooks on this machine share
/// (`--master sparkbook://127.0.0.1:PORT --queue NAME`).
struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Run a cluster service that several notebooks share, with queues, as teams share YARN.",
        subcommands: [ClusterStartCommand.self, ClusterStatusCommand.self, ClusterStopCommand.self]
    )
}
