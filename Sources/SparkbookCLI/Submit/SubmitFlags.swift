import SparkbookCluster

/// spark-submit's own flags, read as spark-submit reads them: each names a Spark property, is checked with
/// spark-submit's message before anything runs, and the ones that need a JVM or a remote driver are refused
/// with the reason.
struct SubmitFlags {
    /// A flag that sets a property: `--num-executors 3` is `spark.executor.instances=3`.
    struct Setting: Equatable {
        let flag: String
        let key: String
        let value: String
    }

    let options: SessionOptions

    init(_ options: SessionOptions) {
        self.options = options
    }

    /// Flags spark-submit applies only on a cluster manager: with a `local...` master it drops them silently;
    /// Sparkbook drops them too, and says so.
    static let clusterOnly: Set<String> = ["--num-executors", "--executor-cores", "--executor-memory"]

    /// The flags' settings that apply with `master` (the master the launch will use, if known).
    func settings(master: String?) -> (applied: [Setting], ignored: [Setting]) {
        let local = master?.hasPrefix("local") == true
        let all = settings
        return (all.filter { !(local && Self.clusterOnly.contains($0.flag)) },
                all.filter { local && Self.clusterOnly.contains($0.flag) })
    }

    var settings: [Setting] {
        let flags: [(String, String, String?)] = [
            ("--master", "spark.master", options.master),
            ("--deploy-mode", "spark.submit.deployMode", options.deployMode),
            ("--name", "spark.app.name", options.name),
            ("--num-executors", DynamicAllocationKeys.executorInstances, options.numExecutors),
            ("--executor-cores", DynamicAllocationKeys.executorCores, options.executorCores),
            ("--executor-memory", "spark.executor.memory", options.executorMemory),
            ("--driver-memory", "spark.driver.memory", options.driverMemory),
        ]
        return flags.compactMap { flag, key, value in value.map { Setting(flag: flag, key: key, value: $0) } }
    }

    /// spark-submit's checks of its flags (`SparkSubmitArguments.validateSubmitArguments`), in its words,
    /// and Sparkbook's refusals of what it cannot do.
    func validate() throws {
        if let mode = options.deployMode {
            guard mode == "client" || mode == "cluster" else {
                throw CLIError.message("--deploy-mode must be either \"client\" or \"cluster\"")
            }
            if mode == "cluster" {
                throw CLIError.message("--deploy-mode cluster is not supported: Sparkbook runs the notebook's driver in "
                    + "this process, as spark-submit's client mode does; leave --deploy-mode out (or use client)")
            }
        }
        if options.effectiveEngine == .embedded, options.pyFiles != nil {
            throw CLIError.message("--py-files is not supported: cells run in Sparkbook's Python subset, which cannot "
                + "import modules from files; put the code in the notebook's cells, or run with --engine spark")
        }
        for (flag, value) in [("--jars", options.jars), ("--packages", options.packages)]
            where value != nil && options.effectiveEngine == .embedded {
            throw CLIError.message("\(flag) is not supported: Sparkbook has no JVM, so Java and Scala libraries cannot "
                + "be loaded; data sources come from Sparkbook plugins (plugins/), or run with --engine spark")
        }
        if let memory = options.driverMemory, !Self.isPositiveSize(memory) {
            throw CLIError.message("Driver memory must be a positive number")
        }
        if let memory = options.executorMemory, !Self.isPositiveSize(memory) {
            throw CLIError.message("Executor memory must be a positive number")
        }
        if let cores = options.executorCores, (Int32(cores) ?? -1) <= 0 {
            throw CLIError.message("Executor cores must be a positive number")
        }
        if let count = options.numExecutors, (Int32(count) ?? -1) <= 0 {
            throw CLIError.message("Number of executors must be a positive number")
        }
    }

    /// spark-submit's `byteStringAsBytes(...) > 0`.
    static func isPositiveSize(_ text: String) -> Bool {
        ((try? SparkSize.parse(text, key: "", unit: .byte)) ?? -1) > 0
    }
}
