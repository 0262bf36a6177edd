import Foundation
import SparkbookCluster
import SparkbookEngine
import Synchronization

/// What a run hands to the sessions its cells create: configuration from the command line and defaults file,
/// the master, the folder relative paths resolve against, and the data sources available.
///
/// `getOrCreate()` returns the one session of a context, as a notebook kernel has one active session.
public final class LaunchContext: @unchecked Sendable {
    /// `--conf` and defaults-file properties, lower precedence than builder `.config()`.
    public let baseConfiguration: [String: String]
    /// Where each base property was set (`--conf ...`, a properties file's line), for errors about its value.
    public let baseOrigins: [String: ConfigOrigin]
    /// `sys.argv`: the script's path and the arguments after it (`[""]` in a REPL, as in Python's).
    public let scriptArguments: [String]
    public let workingDirectory: URL
    public let dataSources: DataSourceRegistry
    /// The scalar functions a new session starts with: the built-ins and those plugins registered.
    public let functions: FunctionRegistry
    /// `--time-scale`: every allocation timeout (and `time.sleep` in cells) is multiplied by it, so a 60 s idle
    /// timeout can be watched in a class. 1 means real time.
    public let timeScale: Double
    /// `--event-log DIR`: where sessions write Spark's JSON event log.
    public var eventLogDirectory: String?
    /// Listeners every session's cluster runtime reports to (walkthrough panels, the REPL's notices).
    public var listeners: [any SparkListener] = []
    /// A resource manager shared with other applications (neighbour teams); sessions join it, on its clock.
    public var resourceManager: ResourceManagerConnection?
    /// The queue sessions are submitted to; nil: Spark's `default`.
    public var queue: String?
    /// What runs Python UDFs (the Python worker plugin); nil when none is installed.
    public var pythonUDFs: (any PythonUDFRunner)?
    /// Whether Spark's console progress bar may be drawn (it only is on a terminal).
    public var consoleProgress: Bool?
    /// Notes for the user (`local[N]` ignores dynamic allocation, ...), printed by the caller on stderr.
    public let notices = Mutex<[String]>([])
    let activeSession = Mutex<SparkSession?>(nil)

    public init(baseConfiguration: [String: String] = [:], baseOrigins: [String: ConfigOrigin] = [:],
                workingDirectory: URL, dataSources: DataSourceRegistry, timeScale: Double = 1,
                scriptArguments: [String] = [""], functions: FunctionRegistry = .builtIn) {
        self.baseConfiguration = baseConfiguration
        self.baseOrigins = baseOrigins
        self.scriptArguments = scriptArguments
        self.timeScale = timeScale
        self.workingDirectory = workingDirectory
        self.dataSources = dataSources
        self.functions = functions
    }

    public var active: SparkSession? { activeSession.withLock { $0 } }

    /// Stops the active session, which ends its application: executors stop, the event log is closed.
    public func shutdown() {
        active?.stop()
    }

    /// Resolves a path as a kernel started in `workingDirectory` would.
    public func resolve(path: String) -> URL {
        if path.hasPrefix("file:") { return URL(string: path) ?? URL(fileURLWithPath: path) }
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        return workingDirectory.appendingPathComponent(path).standardizedFileURL
    }

    public func notice(_ text: String) {
        notices.withLock { $0.append(text) }
    }

    /// Takes the notices collected so far.
    public func drainNotices() -> [String] {
        notices.withLock { n in defer { n.removeAll() }; return n }
    }
}
