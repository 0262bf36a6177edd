import SparkbookCluster
import SparkbookDataFrame
import SparkbookInterpreter

/// What completion knows about a session at the moment Tab is pressed: each variable's members and, for
/// DataFrames, columns. A plain value, so the Completer is a pure function that tests can feed directly.
public struct CompletionScope: Sendable {
    public struct Variable: Sendable, Equatable {
        /// Callable members; completed with a `(`.
        public var methods: [String]
        /// Attribute members (`df.columns`, `spark.read`).
        public var properties: [String]
        /// Column names when the variable is a DataFrame.
        public var columns: [String]?

        public init(methods: [String] = [], properties: [String] = [], columns: [String]? = nil) {
            self.methods = methods
            self.properties = properties
            self.columns = columns
        }

        public var isDataFrame: Bool { columns != nil }
    }

    public var variables: [String: Variable]
    /// Configuration keys offered inside `.config("` and `spark.conf.get("`.
    public var configKeys: [String]
    /// Meta command names offered after `:`.
    public var metaCommands: [String]

    public init(variables: [String: Variable], configKeys: [String] = ConfigKeyCatalog.keys,
                metaCommands: [String] = MetaCommand.names) {
        self.variables = variables
        self.configKeys = configKeys
        self.metaCommands = metaCommands
    }

    /// The scope of an interpreter's names. Reads each DataFrame's schema (no job runs).
    public init(globals: [String: PyValue]) {
        var variables: [String: Variable] = [:]
        for (name, value) in globals {
            var variable = Variable(methods: Members.callables(of: value), properties: Members.attributes(of: value))
            if case .dataFrame(let df) = value { variable.columns = (try? df.columns()) ?? [] }
            variables[name] = variable
        }
        if variables["spark"] == nil {
            let spark = Members.predefinedSession
            variables["spark"] = Variable(methods: spark.methods, properties: spark.properties)
        }
        self.init(variables: variables)
    }

    /// Every column of every DataFrame variable, for `col("` when the line names no DataFrame.
    var allColumns: [String] {
        var seen = Set<String>()
        return variables.keys.sorted().flatMap { variables[$0]?.columns ?? [] }.filter { seen.insert($0).inserted }
    }
}
