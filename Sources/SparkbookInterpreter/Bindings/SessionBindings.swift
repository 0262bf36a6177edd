import SparkbookCluster
import SparkbookDataFrame
import SparkbookEngine

/// `SparkSession.builder` methods.
enum BuilderBinding {
    static let methods = ["appName", "master", "config", "enableHiveSupport", "getOrCreate"]

    /// `origin` is the call's place in its cell, kept with each value so an error about it can point there.
    static func call(_ name: String, _ builder: SparkSession.Builder, _ args: CallArguments,
                     origin: ConfigOrigin?) throws -> PyValue {
        switch name {
        case "appName":
            let v = try args.bind(["name"], required: 1)
            return .builder(builder.config("spark.app.name", try v[0]!.string("name", in: name), origin: origin))
        case "master":
            let v = try args.bind(["master"], required: 1)
            return .builder(builder.config("spark.master", try v[0]!.string("master", in: name), origin: origin))
        case "config":
            let v = try args.bind(["key", "value", "conf", "map"])
            var result = builder
            if let key = v[0] {
                result = result.config(try key.string("key", in: name), v[1]?.optionText() ?? "null", origin: origin)
            }
            if let map = v[3] {
                guard case .dict(let items) = map else { throw ScriptError.type("config() argument 'map' must be a dict") }
                for item in items { result = result.config(item.key.str, item.value.optionText(), origin: origin) }
            }
            if v[2] != nil { throw ScriptError("NotImplementedError", "config(conf=SparkConf) is not supported in Sparkbook; pass key and value") }
            return .builder(result)
        case "enableHiveSupport":
            try args.noArguments()
            return .builder(builder.enableHiveSupport())
        case "getOrCreate":
            try args.noArguments()
            return .session(try builder.getOrCreate())
        default:
            throw Members.missingAttribute(name, of: .builder(builder))
        }
    }
}

/// `spark.*` methods.
enum SessionBinding {
    static let methods = ["stop", "range", "createDataFrame", "sql", "table"]

    static func call(_ name: String, _ session: SparkSession, _ args: CallArguments) async throws -> PyValue {
        switch name {
        case "stop":
            try args.noArguments()
            session.stop()
            return .none
        case "range":
            let v = try args.bind(["start", "end", "step", "numPartitions"], required: 1)
            let first = Int64(try v[0]!.int("start", in: name))
            let (start, end) = try v[1].map { (first, Int64(try $0.int("end", in: name))) } ?? (0, first)
            return .dataFrame(try session.range(start, end, step: Int64(try v[2]?.int("step", in: name) ?? 1),
                                                numPartitions: try v[3]?.int("numPartitions", in: name)))
        case "createDataFrame":
            return .dataFrame(try CreateDataFrameBinding.create(session, args))
        case "sql":
            let v = try args.bind(["sqlQuery"], required: 1)
            return .dataFrame(try await session.sql(try v[0]!.string("sqlQuery", in: name)))
        case "table":
            let v = try args.bind(["tableName"], required: 1)
            return .dataFrame(try session.read.table(try v[0]!.string("tableName", in: name)))
        default:
            throw ScriptError("NotImplementedError", "spark.\(name)() is not supported in Sparkbook yet")
        }
    }
}

/// `spark.conf`.
enum ConfBinding {
    static let methods = ["get", "set", "unset", "isModifiable"]

    static func call(_ name: String, _ conf: RuntimeConfig, _ args: CallArguments) throws -> PyValue {
        switch name {
        case "get":
            let v = try args.bind(["key", "default"], required: 1)
            let key = try v[0]!.string("key", in: name)
            if let value = conf.get(key) { return .string(value) }
            if let fallback = v[1] { return fallback }
            return .string(try conf.require(key))
        case "set":
            let v = try args.bind(["key", "value"], required: 2)
            try conf.set(try v[0]!.string("key", in: name), v[1]!.optionText())
            return .none
        case "unset":
            let v = try args.bind(["key"], required: 1)
            conf.unset(try v[0]!.string("key", in: name))
            return .none
        case "isModifiable":
            let v = try args.bind(["key"], required: 1)
            return .bool(conf.isModifiable(try v[0]!.string("key", in: name)))
        default:
            throw Members.missingAttribute(name, of: .conf(conf))
        }
    }
}
