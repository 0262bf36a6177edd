import ArgumentParser
import Foundation
import SparkbookSparkEngine

/// `sparkbook engine install-spark`: pip's `pyspark` 4.x into a venv of Sparkbook's own, where `--engine spark`
/// looks when neither `SPARK_HOME` nor `SPARKBOOK_SPARK_PYTHON` is set.
struct EngineInstallSparkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install-spark",
        abstract: "Install PySpark 4 (pip) into Sparkbook's own venv for --engine spark.",
        discussion: "Needs python3 (3.10 or later) with venv, and network access to PyPI. Java 17 or 21 is needed to run it."
    )

    @Option(help: ArgumentHelp("The venv to create (default: $XDG_DATA_HOME/sparkbook/venv-spark).", valueName: "DIR"))
    var venv: String?

    @Option(help: ArgumentHelp("The pip requirement for PySpark.", valueName: "SPEC"))
    var pyspark = "pyspark>=4,<5"

    @Option(help: ArgumentHelp("The Python that creates the venv.", valueName: "PYTHON"))
    var python = "python3"

    func run() throws {
        let folder = venv ?? SparkInstallation.defaultVenv(environment: ProcessInfo.processInfo.environment)
        let steps = [[python, "-m", "venv", folder], [folder + "/bin/python", "-m", "pip", "install", "--upgrade", pyspark]]
        for step in steps {
            FileHandle.standardError.write(Data(("$ " + step.joined(separator: " ") + "\n").utf8))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = step
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw CLIError.message("\(step.prefix(3).joined(separator: " ")) failed (exit status \(process.terminationStatus))")
            }
        }
        print("PySpark is installed in \(folder); --engine spark uses it when SPARK_HOME is not set")
    }
}
