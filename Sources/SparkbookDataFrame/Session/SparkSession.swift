import Foundation
import SparkbookCluster
import SparkbookEngine
import Synchronization

/// The entry point, as in PySpark: configuration, readers, and the engine that runs this session's jobs.
public final class SparkSession: Sendable {
    /// The Spark release whose behaviour and output Sparkbook reproduces.
    public static let sparkVersion = "4.3.0"

    public let appName: String
    public let master: String
    public let applicationId: String
    public let startTime: Date
    public let conf: RuntimeConfig
    public let context: LaunchContext
    /// Temporary views (`createOrReplaceTempView`) that `spark.sql` queries by name.
    public let catalog = TempViewCatalog()
    /// The scalar functions this session's queries can call: the launch's, then what `spark.udf.register` adds.
    public let functions: SessionFunctionRegistry
    /// Databases and tables beside the temporary views (`saveAsTable`, `CREATE TABLE`, `spark.catalog`): in
    /// memory, or in the working directory's metastore with Hive support.
    public let sessionCatalog: SessionCatalog
    /// The cluster this session's jobs run on; it lives until `stop()`.
    public let runtime: ClusterRuntime
    let executor: QueryExecutor

    /// Starts the application: validates the allocation settings (Spark's messages) and the cluster.
    init(appName: String, master: String, configuration: [String: String], origins: [String: ConfigOrigin] = [:],
         context: LaunchContext) throws {
        self.appName = appName
        self.master = master
        self.context = context
        self.functions = SessionFunctionRegistry(context.functions)
        self.startTime = Date()
        var options = ClusterRuntime.Options()
        options.appName = appName
        options.eventLogDirectory = context.eventLogDirectory
        options.consoleProgress = context.consoleProgress
        options.resourceManager = context.resourceManager
        // The neighbours file's queue, unless the notebook names one (`spark.yarn.queue`, `--queue`).
        if configuration[ClusterManagerProfile.queueKey] == nil { options.queue = context.queue }
        do {
            try SparkConfigEntries.check(configuration)
            runtime = try ClusterRuntime.start(
                master: master, properties: configuration, clock: context.resourceManager?.clock ?? SystemClock(),
                timeScale: TimeScale(factor: context.timeScale),
                listeners: context.listeners, options: options)
        } catch let error as ConfigError {
            throw SessionConfigurationError(error, configuration: configuration, origins: origins)
        } catch let error as ClusterManagerError where error.code == .noExecutorFits {
            // Spark's plain `SparkException` from `createTaskScheduler` (py4j's Py4JJavaError in PySpark).
            throw SparkError(.execution, message: error.message)
        } catch let error as ClusterManagerError {
            throw SparkError(.illegalArgument, message: error.message)
        } catch let error as ResourceManagerError {
            // The shared cluster refused the application (an unknown queue), as YARN refuses a submission.
            throw SparkError(.illegalArgument, message: error.message)
        }
        self.applicationId = runtime.appId
        var settings = configuration
        settings["spark.app.id"] = runtime.appId
        // Spark sets the warehouse, as a qualified URI, even when the user did not (`SET` lists it).
        let warehouse = context.resolve(path: SessionCatalog.warehousePath(configuration)).standardizedFileURL
        settings[SessionCatalog.warehouseKey] = "file:" + warehouse.path
        self.conf = RuntimeConfig(settings)
        let resultLimit: ResultSizeLimit
        let bookkeeping: PartitionBookkeeping
        let memory: ExecutionMemorySettings
        do {
            sessionCatalog = try SessionCatalog(
                store: try SessionCatalog.store(implementation: configuration[SessionCatalog.implementationKey],
                                                workingDirectory: context.workingDirectory),
                tempViews: catalog, warehouse: warehouse)
        } catch {
            runtime.shutdown()
            throw error
        }
        do {
            resultLimit = try ResultSizeLimit(property: configuration[ResultSizeLimit.key])
            bookkeeping = try PartitionBookkeeping(property: configuration[PartitionBookkeeping.key])
            memory = try ExecutionMemorySettings(properties: configuration)
        } catch {
            runtime.shutdown()
            throw SparkError(.illegalArgument, message: error.message)
        }
        self.executor = QueryExecutor(scheduler: runtime.scheduler, parallelism: runtime.initialTaskSlots,
                                      resultLimit: resultLimit, bookkeeping: bookkeeping,
                                      memory: MemoryManager(settings: memory))
        // Spark's WARN lines and Sparkbook's own notes reach the user; Spark's INFO lines stay in the log.
        let misspelled = ConfigKeySuggester().unknownKeyNotices(in: configuration)
        for notice in misspelled + runtime.notices where notice.level == .warning || notice.source == .sparkbook {
            context.notice(notice.message)
        }
    }

    private let cacheIds = Mutex(0)

    /// The plan nodes this session's analyzer resolved (each DataFrame's node once; tests check the work is linear).
    public let analyzerVisits = AnalyzerVisits()

    /// A new id for a cached DataFrame (the RDD id Spark's block manager would report).
    func nextCacheId() -> Int {
        cacheIds.withLock { id in defer { id += 1 }; return id }
    }

    /// A builder of sessions that share one launch context.
    public static func builder(context: LaunchContext) -> Builder { Builder(context: context) }

    public var read: DataFrameReader { DataFrameReader(session: self) }
    public var version: String { Self.sparkVersion }

    /// Default parallelism: the number of concurrent task slots (`spark.default.parallelism` overrides it).
    public var defaultParallelism: Int {
        conf.int("spark.default.parallelism", default: runtime.initialTaskSlots)
    }

    /// Ends the session; a later `getOrCreate()` starts a new one.
    public func stop() {
        context.activeSession.withLock { if $0 === self { $0 = nil } }
        runtime.shutdown()
        executor.shutdown()
    }

    func planner() -> Planner {
        let context = FunctionContext(sessionTimeZone: conf.get("spark.sql.session.timeZone") ?? "UTC",
                                      queryStartMicros: Int64(Date().timeIntervalSince1970 * 1_000_000),
                                      mapKeyLastWins: conf.get("spark.sql.mapKeyDedupPolicy")?.uppercased() == "LAST_WIN")
        return Planner(shufflePartitions: conf.int("spark.sql.shuffle.partitions", default: 200),
                       functions: functions.registry, context: context, visits: analyzerVisits)
    }

    var scanSettings: ScanSettings {
        ScanSettings(
            maxPartitionBytes: bytes("spark.sql.files.maxPartitionBytes") ?? 128 << 20,
            openCostInBytes: bytes("spark.sql.files.openCostInBytes") ?? 4 << 20,
            defaultParallelism: defaultParallelism,
            sessionTimeZone: conf.get("spark.sql.session.timeZone") ?? "UTC",
            lineLimit: LineLengthLimit(driverMemory: executor.bookkeeping.driverMemory),
            parquetFilterPushdown: conf.get("spark.sql.parquet.filterPushdown")?.lowercased() != "false")
    }

    /// A size property in Spark's notation (`128MB`, `64m`, a bare number of bytes).
    private func bytes(_ key: String) -> Int? {
        guard let text = conf.get(key) else { return nil }
        return (try? SparkSize.bytes(text, key: key, defaultUnit: .byte)).map(Int.init)
    }

}
