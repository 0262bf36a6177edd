import SparkbookDataFrame
import SparkbookEngine

/// `df.na.fill(...)`, `df.fillna(...)`, `df.na.drop(...)`, `df.dropna(...)`, `df.na.replace(...)`, `df.replace(...)`.
enum NABinding {
    static let methods = ["fill", "drop", "replace"]

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

    /// PySpark's checks, then one list of (old, new) pairs: a scalar or list `to_replace` with a scalar or list
    /// `value`, or a dict.
    static func replace(_ df: DataFrame, _ args: CallArguments) throws -> DataFrame {
        let v = try args.bind(["to_replace", "value", "subset"], required: 1)
        let toReplace = v[0]!
        func scalar(_ value: PyValue) -> Bool {
            switch value { case .bool, .int, .float, .string: true; default: false }
        }
        var pairs: [(PyValue, PyValue)]
        switch toReplace {
        case .dict(let items):
            pairs = items.map { ($0.key, $0.value) }
        case .list(let keys), .tuple(let keys):
            guard let value = v[1] else {
                throw ScriptError.type("value argument is required when to_replace is not a dictionary.")
            }
            switch value {
            case .list(let values), .tuple(let values):
                guard values.count == keys.count else {
                    throw ScriptError("PySparkValueError", "[LENGTH_SHOULD_BE_THE_SAME] to_replace and value should be of the same length, got \(keys.count) and \(values.count).")
                }
                pairs = Array(zip(keys, values))
            default: pairs = keys.map { ($0, value) }
            }
        case _ where scalar(toReplace):
            guard let value = v[1] else {
                throw ScriptError.type("value argument is required when to_replace is not a dictionary.")
            }
            pairs = [(toReplace, value)]
        default:
            throw ScriptError("PySparkTypeError", "[NOT_BOOL_OR_DICT_OR_FLOAT_OR_INT_OR_LIST_OR_STR_OR_TUPLE] Argument `to_replace` should be a bool, dict, float, int, list, str or tuple, got \(toReplace.typeName).")
        }
        func family(_ value: PyValue) -> Int? {
            switch value { case .none: nil; case .bool: 0; case .int, .float: 1; default: 2 }
        }
        let families = Set(pairs.flatMap { [family($0.0), family($0.1)] }.compactMap { $0 })
        guard families.count <= 1 else {
            throw ScriptError("PySparkValueError", "[MIXED_TYPE_REPLACEMENT] Mixed type replacements are not supported.")
        }
        var subset: [String]? = nil
        if let given = v[2], !{ if case .none = given { true } else { false } }() {
            subset = try names(given)
        }
        return try df.replace(try pairs.map { (try $0.0.sparkValue(), try $0.1.sparkValue()) }, subset: subset)
    }

    static func names(_ value: PyValue) throws -> [String] {
        switch value {
        case .string(let s): return [s]
        case .list(let items), .tuple(let items): return try items.map { try $0.string("subset", in: "na") }
        default: throw ScriptError("PySparkTypeError", "[NOT_LIST_OR_STR_OR_TUPLE] Argument `subset` should be a list, str or tuple, got \(value.typeName).")
        }
    }
}
