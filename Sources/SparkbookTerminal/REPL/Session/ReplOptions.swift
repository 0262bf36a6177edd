import SparkbookCluster
import Foundation

/// How a REPL session is set up: from `sparkbook repl`'s flags.
public struct ReplOptions: Sendable {
    /// Relative paths in entries resolve here.
    public var workingDirectory: URL
    /// `--conf KEY=VALUE` and `--master`, applied to the session the entries build.
    public var configuration: [String: String] = [:]
    /// Where each of those properties was set (`--conf ...`, a properties file's line), for errors about them.
    public var configurationOrigins: [String: ConfigOrigin] = [:]
    /// Colour for prompts and errors: only on a terminal and never with NO_COLOR.
    public var color = false
    /// Interactive: `Out[n]:` labels and prompts. Scripts print bare values, as `sparkbook run` does.
    public var interactive = true
    /// `--time-scale` and `--event-log`, as for `sparkbook run`.
    public var timeScale: Double = 1
    public var eventLogDirectory: String?

    public init(workingDirectory: URL) {
        self.workingDirectory = workingDirectory
    }
}
