import SparkbookDataFrame
import SparkbookEngine

/// `df.na.fill(...)`, `df.fillna(...)`, `df.na.drop(...)`, `df.dropna(...)`.
enum NABinding {
    static let methods = ["fill", "drop"]

    static func fill(_ df: DataFrame, _ args: CallArguments) throws -> DataFrame {
        let v = try args.bind(["value", "subset"], required: 1)
        let subset = try v[1].map(names)
        if case .dict(let items) = v[0]! {
            return try df.fillNA(try items.map { (try $0.key.string("value", in: "fillna"), try $0.value.sparkValue()) })
        }
        return try df.fillNA(try v[0]!.sparkValue(), subset: subset)
    }

    static func drop(_ df: DataFrame, _ args: CallArguments) throws -> DataFrame {
        let v = try args.bind(["how", "thresh", "subset"])
        var how = "any"
        switch v[0] {
        case nil, .none?: break
        case .string(let s)? where s == "any" || s == "all": how = s
        default:
            throw ScriptError("PySparkValueError",
                              "[VALUE_NOT_ALLOWED] Value for `how` has to be amongst the following values: ['any', 'all'].")
        }
        return try df.dropNA(how: how,
                             thresh: try v[1].flatMap { value -> Int? in
                                 if case .none = value { return nil }
                                 return try value.int("thresh", in: "dropna")
                             },
                             subset: try v[2].map(names))
    }

    static func names(_ value: PyValue) throws -> [String] {
        switch value {
        case .string(let s): return [s]
        case .list(let items), .tuple(let items): return try items.map { try $0.string("subset", in: "na") }
        default: throw ScriptError("PySparkTypeError", "[NOT_LIST_OR_STR_OR_TUPLE] Argument `subset` should be a list, str or tuple, got \(value.typeName).")
        }
    }
}
