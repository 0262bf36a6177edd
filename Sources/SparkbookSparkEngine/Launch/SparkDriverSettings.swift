import Foundation

/// How one notebook run's PySpark driver is launched: the master or Spark Connect address, the properties of the
/// layers below the notebook's builder (spark-defaults.conf < `--conf` < spark-submit's flags), and the run
/// directory that holds the event log, the allocation log and the driver's log.
///
/// The lower layers travel as `PYSPARK_SUBMIT_ARGS`, so they become the JVM's system properties; the notebook's
/// `SparkSession.builder.config(...)` is then set on top by PySpark itself, and wins, as under spark-submit.
public struct SparkDriverSettings: Sendable, Equatable {
    /// `--master`; nil leaves it to `spark.master` in the properties, else `local[*]`.
    public var master: String?
    /// `--remote sc://HOST:PORT`: a Spark Connect server instead of a driver JVM of our own.
    public var remote: String?
    /// Properties from the layers below the builder.
    public var properties: [String: String]
    /// Extra spark-submit flags given as they are (`--jars`, `--packages`, `--py-files`).
    public var submitFlags: [String] = []
    public var runDirectory: URL
    /// `--event-log DIR`; nil writes the event log into the run directory.
    public var eventLogDirectory: String?
    /// A master that wins over the notebook's own `.master(...)` (the comparison of engines runs every notebook
    /// on the cluster it names); nil leaves the builder's master to win, as under spark-submit.
    public var forcedMaster: String?
    /// `--time-scale`: the driver multiplies the allocation timeouts (given or Spark's defaults) and `time.sleep`.
    public var timeScale: Double = 1

    public init(master: String?, remote: String?, properties: [String: String], runDirectory: URL,
                eventLogDirectory: String? = nil) {
        self.master = master
        self.remote = remote
        self.properties = properties
        self.runDirectory = runDirectory
        self.eventLogDirectory = eventLogDirectory
    }

    public var eventLogFolder: URL {
        eventLogDirectory.map { URL(fileURLWithPath: $0) } ?? runDirectory.appendingPathComponent("eventlog")
    }
    public var allocationLog: URL { runDirectory.appendingPathComponent("allocation.log") }
    public var driverLog: URL { runDirectory.appendingPathComponent("driver.log") }
    public var log4jConfiguration: URL { runDirectory.appendingPathComponent("log4j2.properties") }

    /// The properties the driver starts with: the user's layers, plus what the engine needs unless the user set
    /// it: the event log in the run directory (Sparkbook's views read it, live: a 4 KiB buffer instead of 100, as
    /// Spark flushes task events only when the buffer fills), no console progress bar (Sparkbook draws its own), and a log4j2 file that sends the allocation manager's INFO lines to `allocation.log`.
    public var effectiveProperties: [String: String] {
        var result = properties
        if result["spark.eventLog.enabled"] == nil { result["spark.eventLog.enabled"] = "true" }
        if result["spark.eventLog.dir"] == nil { result["spark.eventLog.dir"] = eventLogFolder.absoluteURL.absoluteString }
        if result["spark.eventLog.buffer.kb"] == nil { result["spark.eventLog.buffer.kb"] = "4k" }
        if result["spark.ui.showConsoleProgress"] == nil { result["spark.ui.showConsoleProgress"] = "false" }
        let log4j = "-Dlog4j2.configurationFile=" + log4jConfiguration.absoluteURL.absoluteString
        result["spark.driver.extraJavaOptions"] = [log4j, properties["spark.driver.extraJavaOptions"]]
            .compactMap { $0 }.joined(separator: " ")
        return result
    }

    /// `PYSPARK_SUBMIT_ARGS`: `--master`, the properties as `--conf` (sorted, for a stable command), the extra
    /// flags, then `pyspark-shell`; each word shell-quoted, as PySpark splits it with `shlex`.
    public var submitArguments: String {
        var words: [String] = []
        if remote == nil, let master = forcedMaster ?? master ?? (properties["spark.master"] == nil ? "local[*]" : nil) {
            words += ["--master", master]
        }
        for (key, value) in effectiveProperties.sorted(by: { $0.key < $1.key }) { words += ["--conf", "\(key)=\(value)"] }
        words += submitFlags
        words.append("pyspark-shell")
        return words.map(Self.shellQuoted).joined(separator: " ")
    }

    /// The driver's environment on top of Sparkbook's: PySpark's, the installation's `PYTHONPATH`, unbuffered
    /// Python, and `SPARK_REMOTE` for Spark Connect.
    public func environment(base: [String: String], installation: SparkInstallation) -> [String: String] {
        var env = base
        env["PYSPARK_SUBMIT_ARGS"] = submitArguments
        env["PYTHONUNBUFFERED"] = "1"
        env["PYTHONPATH"] = (installation.pythonPath + [base["PYTHONPATH"]].compactMap { $0 }.filter { !$0.isEmpty })
            .joined(separator: ":")
        if env["PYTHONPATH"] == "" { env["PYTHONPATH"] = nil }
        if let home = installation.sparkHome { env["SPARK_HOME"] = home }
        // Python UDFs run in workers the executors start: on the driver's Python (which has PySpark) unless set.
        if env["PYSPARK_PYTHON"] == nil { env["PYSPARK_PYTHON"] = installation.python }
        env["SPARKBOOK_FORCE_MASTER"] = forcedMaster
        env["SPARKBOOK_TIME_SCALE"] = timeScale == 1 ? nil : String(timeScale)
        if let remote { env["SPARK_REMOTE"] = remote } else { env["SPARK_REMOTE"] = nil; env["SPARK_CONNECT_MODE_ENABLED"] = nil }
        return env
    }

    /// log4j2 for the driver JVM: WARN and above on stderr (the driver log), the allocation manager at DEBUG in
    /// `allocation.log` for the timeline's causes: requests and idle removals at INFO, and the lowering of the
    /// target, which Spark logs at DEBUG, so that every change of the target can be compared with the embedded run;
    /// `Utils` at INFO there too, for `Using initial executors = N` (its warnings still reach the driver log). A regex
    /// filter keeps only the decisions: at DEBUG Spark 4.3 also logs two lines of every 100 ms round.
    public var log4jText: String {
        """
        status = warn
        appender.console.type = Console
        appender.console.name = console
        appender.console.target = SYSTEM_ERR
        appender.console.layout.type = PatternLayout
        appender.console.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n
        appender.allocation.type = File
        appender.allocation.name = allocation
        appender.allocation.fileName = \(allocationLog.path)
        appender.allocation.layout.type = PatternLayout
        appender.allocation.layout.pattern = %d{yyyy-MM-dd HH:mm:ss.SSS} %p %c{1}: %m%n
        appender.allocation.filter.decisions.type = RegexFilter
        appender.allocation.filter.decisions.regex = .*(Lowering target|Requesting [0-9]+ new executor|removed due to idle timeout|Using initial executors|Dynamic allocation is).*
        appender.allocation.filter.decisions.onMatch = ACCEPT
        appender.allocation.filter.decisions.onMismatch = DENY
        rootLogger.level = warn
        rootLogger.appenderRef.console.ref = console
        logger.allocation.name = org.apache.spark.ExecutorAllocationManager
        logger.allocation.level = debug
        logger.allocation.additivity = false
        logger.allocation.appenderRef.allocation.ref = allocation
        logger.utils.name = org.apache.spark.util.Utils
        logger.utils.level = info
        logger.utils.additivity = false
        logger.utils.appenderRef.allocation.ref = allocation
        logger.utils.appenderRef.console.ref = console
        logger.utils.appenderRef.console.level = warn

        """
    }

    /// Creates the run directory, the event log folder and the log4j2 file.
    public func prepare() throws {
        let files = FileManager.default
        try files.createDirectory(at: runDirectory, withIntermediateDirectories: true)
        try files.createDirectory(at: eventLogFolder, withIntermediateDirectories: true)
        try log4jText.write(to: log4jConfiguration, atomically: true, encoding: .utf8)
    }

    /// A word as POSIX shells (and Python's `shlex`) read it back unchanged.
    static func shellQuoted(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_./:=,@%+".unicodeScalars.contains($0) }
        if plain && !word.isEmpty { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\"'\"'") + "'"
    }
}
