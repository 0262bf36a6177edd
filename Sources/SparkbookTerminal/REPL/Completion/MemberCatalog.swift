import SparkbookInterpreter

/// The members each kind of value offers after `.`. Mirrors the interpreter's `Members` tables, which are
/// internal to SparkbookInterpreter; MemberCatalogTests fails when the two drift apart. (Once
/// `Members.names(of:)` is public this becomes a call to it.)
public enum MemberCatalog {
    public static func properties(of value: PyValue) -> [String] {
        switch value {
        case .session: ["read", "conf", "version"]
        case .dataFrame: ["columns", "dtypes"]
        case .module(let m) where m != .functions: moduleMembers(m)
        default: []
        }
    }

    public static func methods(of value: PyValue) -> [String] {
        switch value {
        case .builder: ["appName", "master", "config", "enableHiveSupport", "getOrCreate"]
        case .session: ["stop", "range"]
        case .conf: ["get", "set", "unset", "isModifiable"]
        case .reader: ["option", "options", "schema", "format", "csv", "text", "load"]
        case .dataFrame: [
            "show", "printSchema", "count", "collect", "take", "first", "head", "limit", "select", "filter", "where",
            "withColumn", "groupBy", "groupby", "agg",
        ]
        case .grouped: ["agg", "count", "sum", "avg", "mean", "min", "max"]
        case .column: ["alias", "name", "cast", "astype", "isNull", "isNotNull"]
        case .row: ["asDict"]
        case .string: ["upper", "lower", "strip", "split", "replace", "startswith", "endswith", "join", "format"]
        case .list: ["append"]
        case .dict: ["get", "keys", "values", "items"]
        case .module(.functions): functions
        default: []
        }
    }

    /// Every name after `value.`, as the interpreter's `Members.names(of:)` lists them.
    public static func names(of value: PyValue) -> [String] {
        (properties(of: value) + methods(of: value)).sorted()
    }

    static let functions = ["col", "column", "lit", "count", "sum", "avg", "mean", "min", "max"]

    static func moduleMembers(_ module: ModuleName) -> [String] {
        switch module {
        case .pyspark: ["sql"]
        case .pysparkSql: ["SparkSession", "functions", "types"]
        case .functions: functions
        case .types: []
        case .sparkSessionClass: ["builder", "getActiveSession"]
        }
    }
}
