import ArgumentParser
import Foundation
import SparkbookCluster
import SparkbookTerminal

/// Options every command that starts a Spark session shares: the configuration layers Spark has
/// (defaults file < `--conf` and spark-submit's flags < the notebook's builder), the master, the event log and
/// the time scale. spark-submit's own flags keep their meaning (`--num-executors` is `spark.executor.instances`).
struct SessionOptions: ParsableArguments {
    @Option(name: .customLong("conf"), help: ArgumentHelp("A Spark property, KEY=VALUE; repeatable.", valueName: "KEY=VALUE"))
    var conf: [String] = []

    @Option(help: ArgumentHelp("Spark properties file (default: $SPARK_CONF_DIR or ./conf/spark-defaults.conf).", valueName: "FILE"))
    var propertiesFile: String?

    @Option(help: "The Spark master: local[N], local-cluster[W,C,M], yarn, k8s://URL, serverless, sparkbook://127.0.0.1:PORT (a `sparkbook cluster` service); default: the embedded cluster. With --engine spark: local[N], local-cluster[W,C,M], spark://HOST:PORT, yarn, k8s://URL.")
    var master: String?

    @Option(help: ArgumentHelp("Where cells run: embedded (Sparkbook's own engine) or spark (a real PySpark driver "
                               + "process per run; needs Java and PySpark: SPARK_HOME or `sparkbook engine install-spark`).",
                               valueName: "ENGINE"))
    var engine: EngineKind = .embedded

    @Option(help: ArgumentHelp("A Spark Connect server to run cells on, sc://HOST:PORT (implies --engine spark).",
                               valueName: "URL"))
    var remote: String?

    /// The engine cells run on: `--remote` means a real Spark.
    var effectiveEngine: EngineKind { remote == nil ? engine : .spark }

    @Option(help: ArgumentHelp("The queue to join on a shared cluster (spark.yarn.queue; this flag wins).", valueName: "NAME"))
    var queue: String?

    @Option(help: ArgumentHelp("The user to join a shared cluster as (default: the login name).", valueName: "NAME"))
    var user: String?

    @Option(help: ArgumentHelp("Where the driver runs: client (the default, and the only mode: the driver is this process).",
                               valueName: "MODE"))
    var deployMode: String?

    @Option(help: ArgumentHelp("The application's name (spark.app.name).", valueName: "NAME"))
    var name: String?

    @Option(help: ArgumentHelp("Executors to start with (spark.executor.instances).", valueName: "N"))
    var numExecutors: String?

    @Option(help: ArgumentHelp("Cores per executor (spark.executor.cores).", valueName: "N"))
    var executorCores: String?

    @Option(help: ArgumentHelp("Memory per executor, e.g. 2g (spark.executor.memory).", valueName: "MEM"))
    var executorMemory: String?

    @Option(help: ArgumentHelp("Memory for the driver, e.g. 1g (spark.driver.memory).", valueName: "MEM"))
    var driverMemory: String?

    @Option(help: ArgumentHelp("Python files for the driver's path (--engine spark only: the embedded engine imports no modules from files).",
                               valueName: "FILES"))
    var pyFiles: String?

    @Option(help: ArgumentHelp("Jars for the driver and executors (--engine spark only: the embedded engine has no JVM).", valueName: "JARS"))
    var jars: String?

    @Option(help: ArgumentHelp("Maven packages (--engine spark only: the embedded engine has no JVM).", valueName: "PACKAGES"))
    var packages: String?

    @Option(help: ArgumentHelp("Write Spark's JSON event log (Spark History Server format) into this folder.", valueName: "DIR"))
    var eventLog: String?

    @Option(help: ArgumentHelp("Multiply every allocation timeout (and time.sleep) by F, e.g. 0.05 to watch a 60s idle timeout in 3s.", valueName: "F"))
    var timeScale: Double?

    func validate() throws {
        if let timeScale, !(timeScale > 0) { throw ValidationError("--time-scale must be greater than 0") }
        if let remote, !remote.hasPrefix("sc://") { throw ValidationError("--remote expects a Spark Connect URL, sc://HOST:PORT") }
        if remote != nil, master != nil { throw ValidationError("--remote and --master cannot both be given: a Connect server has its own master") }
        try SubmitFlags(self).validate()
    }

    /// `--time-scale` when given, else `fallback` (real time, or a walkthrough's classroom scale).
    func effectiveTimeScale(fallback: Double = 1) -> Double {
        timeScale ?? fallback
    }

    /// The properties a session starts from, before the notebook's own `.config()` calls, each with the place
    /// that set it: the properties file, then `--conf` in order, then spark-submit's flags (which win over a
    /// `--conf` of the same key, as spark-submit's do).
    func configuration() throws -> LaunchConfiguration {
        var result = LaunchConfiguration()
        if let path = propertiesFile ?? SparkDefaultsFile.defaultLocation() {
            do {
                for entry in try SparkDefaultsFile.loadWithOrigins(path: path) {
                    result.set(entry.key, entry.value, origin: entry.origin)
                }
            } catch let error as ConfigError {
                throw CLIError.message(error.message)
            }
        }
        for entry in conf {
            guard let eq = entry.firstIndex(of: "="), eq != entry.startIndex else {
                throw CLIError.message("--conf expects KEY=VALUE, got '\(entry)'")
            }
            result.set(String(entry[..<eq]), String(entry[entry.index(after: eq)...]), origin: .commandLine("--conf \(entry)"))
        }
        let flags = SubmitFlags(self).settings(master: master ?? result.properties["spark.master"])
        for flag in flags.applied {
            result.set(flag.key, flag.value, origin: .commandLine("\(flag.flag) \(flag.value)"))
        }
        if let queue { result.set(ClusterManagerProfile.queueKey, queue, origin: .commandLine("--queue \(queue)")) }
        if let user { result.set(ClusterRuntime.userKey, user, origin: .commandLine("--user \(user)")) }
        for flag in flags.ignored {
            result.notes.append("note: \(flag.flag) has no effect with master \(master ?? result.properties["spark.master"] ?? "") "
                + "(spark-submit applies it only on a cluster manager)")
        }
        return result
    }

    /// Says so when timeouts are scaled: a teaching aid must never change timing silently. A scale the user
    /// did not ask for (a walkthrough's classroom default) also says how to turn it off.
    func announceTimeScale(fallback: Double = 1) {
        let scale = effectiveTimeScale(fallback: fallback)
        guard scale != 1 else { return }
        var note = "note: time scale \(scale): every allocation timeout is multiplied by \(scale) (a teaching aid; real Spark runs at 1)"
        if timeScale == nil {
            note += "\nnote: \(scale) is the walkthrough's classroom time scale, so a 60s idle timeout passes in "
                + WalkTimeText.seconds(TimeScale(factor: scale).scale(.seconds(60))) + "; --time-scale 1 for real time"
        }
        FileHandle.standardError.write(Data((note + "\n").utf8))
    }
}

/// Spark properties for a launch and where each was set.
struct LaunchConfiguration {
    var properties: [String: String] = [:]
    var origins: [String: ConfigOrigin] = [:]
    /// Flags that were read but have no effect, said on stderr.
    var notes: [String] = []

    mutating func set(_ key: String, _ value: String, origin: ConfigOrigin) {
        properties[key] = value
        origins[key] = origin
    }
}
