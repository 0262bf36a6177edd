import Foundation
import SparkbookCluster

/// How a headless run behaves, as papermill and nbclient users expect.
public struct RunOptions: Sendable {
    /// The folder relative paths resolve against: the notebook's own folder unless `--cwd` says otherwise.
    public var workingDirectory: URL
    /// Keep running after a failing cell (nbclient's `--allow-errors`).
    public var allowErrors = false
    /// `-p NAME VALUE` parameters, injected after the cell tagged `parameters`.
    public var parameters: [Parameter] = []
    /// Where to save the executed notebook, after every cell; nil saves nothing.
    public var outputURL: URL?
    /// Spark properties from `--conf` and the defaults file.
    public var configuration: [String: String] = [:]
    /// Where each of those properties was set (`--conf ...`, a properties file's line), for errors about them.
    public var configurationOrigins: [String: ConfigOrigin] = [:]
    /// `sys.argv`: the script's path and the arguments given after it.
    public var scriptArguments: [String] = [""]
    /// `--time-scale`: allocation timeouts (and `time.sleep`) multiplied by it.
    public var timeScale: Double = 1
    /// `--event-log DIR`.
    public var eventLogDirectory: String?
    /// Listeners the session's cluster reports to (reports, walkthrough panels).
    public var listeners: [any SparkListener] = []
    /// A resource manager shared with other applications (`--neighbours`); nil: the session's cluster is its own.
    public var resourceManager: ResourceManagerConnection?
    /// The queue the session's application is submitted to (`--queue`, a neighbours file's queue).
    public var queue: String?
    /// Colour in the live error text (the saved notebook never has escape codes).
    public var colorErrors = false

    public init(workingDirectory: URL) {
        self.workingDirectory = workingDirectory
    }
}
