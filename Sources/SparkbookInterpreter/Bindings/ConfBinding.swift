import SparkbookCluster
import SparkbookDataFrame
import SparkbookEngine

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
