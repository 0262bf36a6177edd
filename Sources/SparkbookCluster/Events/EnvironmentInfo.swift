/// The environment tab: each section as ordered key/value pairs.
public struct EnvironmentInfo: Hashable, Sendable {
    public var jvm: [KeyValue]
    public var sparkProperties: [KeyValue]
    public var systemProperties: [KeyValue]
    public var classpathEntries: [KeyValue]

    public init(jvm: [KeyValue], sparkProperties: [KeyValue], systemProperties: [KeyValue],
                classpathEntries: [KeyValue]) {
        self.jvm = jvm
        self.sparkProperties = sparkProperties
        self.systemProperties = systemProperties
        self.classpathEntries = classpathEntries
    }

    public struct KeyValue: Hashable, Sendable {
        public var key: String
        public var value: String

        public init(_ key: String, _ value: String) {
            self.key = key
            self.value = value
        }
    }
}
