/// `SparkSession.builder`: collects the app name, master and properties, then returns the context's one session.
extension SparkSession {
    public struct Builder: Sendable {
        public let context: LaunchContext
        public private(set) var options: [String: String] = [:]

        public init(context: LaunchContext) {
            self.context = context
        }

        public func appName(_ name: String) -> Builder { config("spark.app.name", name) }
        public func master(_ master: String) -> Builder { config("spark.master", master) }

        public func config(_ key: String, _ value: String) -> Builder {
            var copy = self
            copy.options[key] = value
            return copy
        }

        /// Hive support needs a metastore; Sparkbook has none, so the call is accepted and ignored with a note.
        public func enableHiveSupport() -> Builder {
            context.notice("enableHiveSupport() has no effect in Sparkbook: there is no Hive metastore.")
            return self
        }

        /// The active session of the context, with these options applied, or a new one.
        ///
        /// As in Spark, options given to an existing session are set on its runtime configuration.
        public func getOrCreate() throws -> SparkSession {
            try context.activeSession.withLock { active in
                if let session = active {
                    for (key, value) in options where key != "spark.master" { try session.conf.set(key, value) }
                    return session
                }
                var configuration = context.baseConfiguration
                for (key, value) in options { configuration[key] = value }
                let master = configuration["spark.master"] ?? "sparkbook"
                configuration["spark.master"] = master
                let name = configuration["spark.app.name"] ?? "sparkbook"
                configuration["spark.app.name"] = name
                let session = try SparkSession(appName: name, master: master, configuration: configuration, context: context)
                active = session
                return session
            }
        }
    }
}
