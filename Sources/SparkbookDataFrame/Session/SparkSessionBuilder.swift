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

        /// Hive support needs a metastore; Sparkbook has none, so the call is accepted and ignored with a note.
        public func enableHiveSupport() -> Builder {
            context.notice("enableHiveSupport() has no effect in Sparkbook: there is no Hive metastore.")
            return self
        }

        /// The active session of the context, with these options applied, or a new one.
        ///
        /// As in Spark, an existing session takes the runtime SQL options (checked as `spark.conf.set` checks
        /// them); the others cannot change once the application runs, and Spark warns that they are ignored.
        public func getOrCreate() throws -> SparkSession {
            try context.activeSession.withLock { active in
                if let session = active {
                    try applyModifiable(to: session)
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

        private func applyModifiable(to session: SparkSession) throws {
            var ignored = false
            for key in options.keys.sorted() where key != "spark.master" {
                if session.conf.isModifiable(key) {
                    try session.conf.set(key, options[key]!)
                } else if session.conf.get(key) != options[key] {
                    ignored = true
                }
            }
            if ignored {
                context.notice("Using an existing Spark session; only runtime SQL configurations will take effect.")
            }
        }
    }
}
