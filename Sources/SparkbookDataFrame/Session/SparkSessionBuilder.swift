import SparkbookCluster

/// `SparkSession.builder`: collects the app name, master and properties, then returns the context's one session.
extension SparkSession {
    public struct Builder: Sendable {
        public let context: LaunchContext
        public private(set) var options: [String: String] = [:]
        /// Where each option was set (a cell's `.config(...)` call), for errors about its value.
        public private(set) var origins: [String: ConfigOrigin] = [:]

        public init(context: LaunchContext) {
            self.context = context
        }

        public func appName(_ name: String) -> Builder { config("spark.app.name", name) }
        public func master(_ master: String) -> Builder { config("spark.master", master) }

        public func config(_ key: String, _ value: String, origin: ConfigOrigin? = nil) -> Builder {
            var copy = self
            copy.options[key] = value
            copy.origins[key] = origin
            return copy
        }

        /// Tables kept between sessions, in the working directory's metastore (`MetastoreCatalogStore`), as
        /// Spark's builder sets `spark.sql.catalogImplementation=hive`.
        public func enableHiveSupport() -> Builder {
            config(SessionCatalog.implementationKey, "hive")
        }

        /// The active session of the context, with these options applied, or a new one.
        ///
        /// As in PySpark, options given to an existing session are set on its runtime configuration (SQL ones
        /// checked as `spark.conf.set` checks them).
        public func getOrCreate() throws -> SparkSession {
            try context.activeSession.withLock { active in
                if let session = active {
                    for (key, value) in options where key != "spark.master" { try session.conf.setConfString(key, value) }
                    return session
                }
                var configuration = context.baseConfiguration
                var origins = context.baseOrigins
                for (key, value) in options {
                    configuration[key] = value
                    origins[key] = self.origins[key]
                }
                let master = configuration["spark.master"] ?? "sparkbook"
                configuration["spark.master"] = master
                let name = configuration["spark.app.name"] ?? "sparkbook"
                configuration["spark.app.name"] = name
                let session = try SparkSession(appName: name, master: master, configuration: configuration,
                                               origins: origins, context: context)
                active = session
                return session
            }
        }
    }
}
