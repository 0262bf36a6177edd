import ArgumentParser

/// `sparkbook version`: the same line as `sparkbook --version`.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version", abstract: "Print Sparkbook's version, the Spark version it mirrors and its Swift version.")

    func run() {
        print(SparkbookVersion.line)
    }
}
