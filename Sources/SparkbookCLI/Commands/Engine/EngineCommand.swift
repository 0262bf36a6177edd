import ArgumentParser

/// `sparkbook engine install-spark|check`: the real Spark that `--engine spark` runs cells on.
struct EngineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engine",
        abstract: "Set up and check the real Spark that --engine spark runs cells on.",
        subcommands: [EngineInstallSparkCommand.self, EngineCheckCommand.self]
    )
}
