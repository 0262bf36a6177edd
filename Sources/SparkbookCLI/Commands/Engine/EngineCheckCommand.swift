import ArgumentParser
import Foundation
import SparkbookSparkEngine

/// `sparkbook engine check`: which Python, PySpark and Java `--engine spark` would use, or what is missing.
struct EngineCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Say which PySpark and Java --engine spark would use, or what to install."
    )

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        do {
            let installation = try SparkInstallation.locate(environment: environment,
                                                            workingDirectory: FileManager.default.currentDirectoryPath)
            print("PySpark: \(installation.python) (\(installation.origin))")
            print("Java: " + (try JavaRuntime.locate(environment: environment)))
        } catch {
            throw CLIError.message(error.description)
        }
    }
}
