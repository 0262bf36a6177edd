import ArgumentParser
import Foundation
import SparkbookNotebook
import SparkbookSparkEngine
import SparkbookTerminal
import SparkbookUtilities

/// `--engine`: where cells run.
enum EngineKind: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Sparkbook's own engine, in this process.
    case embedded
    /// A real PySpark driver process per run (`SparkbookSparkEngine`).
    case spark
}

/// Starting `--engine spark` for `run`, `walk` and `repl`: finds PySpark and Java, makes the run directory, starts
/// the driver with the session options' configuration layers.
enum SparkEngineLaunch {
    /// `forceMaster`: a master that wins over the notebooks' own (`engine compare`).
    static func start(session: SessionOptions, options: RunOptions, quiet: Bool = false,
                      forceMaster: String? = nil) async throws -> SparkCellExecutor {
        try await start(session: session, configuration: options.configuration, eventLogDirectory: options.eventLogDirectory,
                        workingDirectory: options.workingDirectory, quiet: quiet, forceMaster: forceMaster)
    }

    static func start(session: SessionOptions, configuration: [String: String], eventLogDirectory: String?,
                      workingDirectory: URL, quiet: Bool = false, forceMaster: String? = nil) async throws -> SparkCellExecutor {
        let environment = ProcessInfo.processInfo.environment
        do {
            let installation = try SparkInstallation.locate(environment: environment,
                                                            workingDirectory: FileManager.default.currentDirectoryPath)
            var settings = SparkDriverSettings(master: session.master, remote: session.remote,
                                               properties: configuration, runDirectory: runDirectory(),
                                               eventLogDirectory: eventLogDirectory)
            settings.properties["spark.master"] = nil
            settings.forcedMaster = forceMaster
            settings.timeScale = session.effectiveTimeScale()
            for (flag, value) in [("--jars", session.jars), ("--packages", session.packages), ("--py-files", session.pyFiles)] {
                if let value { settings.submitFlags += [flag, value] }
            }
            let executor = try await SparkCellExecutor(settings: settings, installation: installation,
                                                       environment: environment, workingDirectory: workingDirectory)
            if !quiet {
                StandardStreams.err("note: --engine spark: PySpark \(executor.pysparkVersion) (\(installation.origin)), "
                    + (session.remote.map { "Spark Connect \($0)" } ?? "master \(session.master ?? configuration["spark.master"] ?? "local[*]")")
                    + "; driver log and event log in \(settings.runDirectory.path)\n")
            }
            return executor
        } catch let error as SparkEngineError {
            throw CLIError.message(error.description)
        }
    }

    /// `$TMPDIR/sparkbook-spark/run-YYYYMMDDHHMMSS-PID`: one folder per run for its event log and logs.
    static func runDirectory() -> URL {
        let stamp = CivilDateTime(unixSeconds: Int64(Date().timeIntervalSince1970)).compact
        return FileManager.default.temporaryDirectory.appendingPathComponent("sparkbook-spark")
            .appendingPathComponent("run-\(stamp)-\(getpid())")
    }
}
