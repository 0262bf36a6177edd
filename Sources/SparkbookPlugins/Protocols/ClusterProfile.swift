/// A named cluster-manager profile a plugin adds: the Spark properties that set up a master and the cluster it
/// stands for (`spark.master`, `sparkbook.cluster.file` naming a YAML or Hadoop queue description, allocation
/// settings). The registry holds them by name; no command line flag applies one yet.
public struct ClusterProfile: Sendable, Equatable {
    public var name: String
    public var properties: [String: String]

    public init(name: String, properties: [String: String]) {
        self.name = name
        self.properties = properties
    }
}
