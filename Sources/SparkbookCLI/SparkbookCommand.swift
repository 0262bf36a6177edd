import ArgumentParser

/// `sparkbook`: run PySpark-style notebooks on an embedded engine.
@main
struct SparkbookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sparkbook",
        abstract: "Run PySpark-style notebooks and scripts on an embedded Spark-like engine.",
        version: SparkbookVersion.line,
        subcommands: [RunCommand.self, WalkCommand.self, ReplCommand.self, GenDataCommand.self, SimulateCommand.self, TimelineCommand.self, ReportCommand.self, ClusterCommand.self, PluginsCommand.self, EngineCommand.self,
                      VersionCommand.self]
    )
}
