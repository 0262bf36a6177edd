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
