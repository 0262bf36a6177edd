import ArgumentParser

/// `sparkbook engine install-spark|check|compare`: the real Spark that `--engine spark` runs cells on, and the
/// comparison of its outputs with the embedded engine's.
struct EngineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engine",
        abstract: "Set up and check the real Spark that --engine spark runs cells on; compare the two engines.",
        subcommands: [EngineInstallSparkCommand.self, EngineCheckCommand.self, EngineCompareCommand.self]
    )
}
