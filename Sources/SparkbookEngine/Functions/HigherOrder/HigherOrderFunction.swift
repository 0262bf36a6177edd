/// Spark's higher-order functions over arrays and maps: what each takes (which arguments are lambdas, the types their
/// variables get) and what it returns, with Spark's type checks and their messages.
public enum HigherOrderFunction: String, Sendable, Hashable, CaseIterable {
    case transform, filter, exists, forall, aggregate, reduce
    case zipWith = "zip_with"
    case arraySort = "array_sort"
    case mapFilter = "map_filter"
    case transformKeys = "transform_keys"
    case transformValues = "transform_values"
    case mapZipWith = "map_zip_with"

    /// Whether the function's values are maps (`map_filter`, ...), whose lambdas take a key and a value.
    var overMaps: Bool { [.mapFilter, .transformKeys, .transformValues, .mapZipWith].contains(self) }

    /// Whether `name(arguments)` is a higher-order call (`array_sort` is one only with a comparator).
    static func call(_ name: String, _ arguments: [Expression]) -> HigherOrderFunction? {
        guard let function = HigherOrderFunction(rawValue: name.lowercased()),
              arguments.contains(where: { LambdaFunction.parts(of: $0) != nil }) else { return nil }
        return function
    }

    /// How many arguments come before the lambdas.
    var valueArguments: Int {
        switch self {
        case .aggregate, .reduce, .zipWith, .mapZipWith: 2
        default: 1
        }
    }

    var lambdaCount: ClosedRange<Int> {
        switch self {
        case .aggregate, .reduce: 1...2
        default: 1...1
        }
    }

    /// The types of lambda `index`'s variables (for `count` of them) given the value arguments' types; Spark's
    /// error when the lambda takes a number of variables the function cannot give.
    func variableTypes(lambda index: Int, count: Int, values: [DataType]) throws -> [DataType] {
        let element = values[0].arrayElement ?? .null
        let allowed: [Int]
        let types: [DataType]
        switch self {
        case .transform, .filter:
            allowed = [1, 2]; types = [element, .integer]
        case .exists, .forall:
            allowed = [1]; types = [element]
        case .aggregate, .reduce:
            allowed = index == 0 ? [2] : [1]; types = index == 0 ? [values[1], element] : [values[1]]
        case .zipWith:
            allowed = [2]; types = [element, values[1].arrayElement ?? .null]
        case .arraySort:
            allowed = [2]; types = [element, element]
        case .mapFilter, .transformKeys, .transformValues:
            let (key, value, _) = values[0].mapTypes ?? (.null, .null, true)
            allowed = [2]; types = [key, value]
        case .mapZipWith:
            let (key, value, _) = values[0].mapTypes ?? (.null, .null, true)
            allowed = [3]; types = [key, value, values[1].mapTypes?.value ?? .null]
        }
        guard allowed.contains(count) else {
            throw SparkError(.analysis, errorClass: "INVALID_LAMBDA_FUNCTION_CALL.NUM_ARGS_MISMATCH",
                             message: "Invalid lambda function call. A higher order function expects \(allowed.max()!) arguments, but got \(count).",
                             sqlState: "42K0D")
        }
        return Array(types.prefix(count))
    }

    /// The first value argument must be an array (both, for `zip_with`), or a map for the map functions (both,
    /// of one key type, for `map_zip_with`).
    func checkArrays(_ values: [DataType], call: String, arguments: [String]) throws {
        let arrays = self == .zipWith || self == .mapZipWith ? [0, 1] : [0]
        for i in arrays where values[i] != .null && (overMaps ? values[i].mapTypes == nil : !values[i].isArray) {
            throw ArgumentTypeMismatch(argument: i, .parameter(required: overMaps ? "\"MAP\"" : "\"ARRAY\""), actual: values[i])
                .sparkError(call: call, arguments: arguments)
        }
        if self == .mapZipWith, let l = values[0].mapTypes?.key, let r = values[1].mapTypes?.key, l != r {
            throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.MAP_ZIP_WITH_DIFF_TYPES",
                             message: "Cannot resolve \"\(call)\" due to data type mismatch: Input to the `map_zip_with` should have been two maps with compatible key types, but it's [\"\(l.simpleString.uppercased())\", \"\(r.simpleString.uppercased())\"].",
                             sqlState: "42K09")
        }
    }

    /// The type a lambda's body must have, if fixed (`filter`'s predicate is boolean).
    func requiredBodyType(lambda index: Int, values: [DataType]) -> DataType? {
        switch self {
        case .filter, .exists, .forall, .mapFilter: .boolean
        case .arraySort: .integer
        case .aggregate, .reduce: index == 0 ? values[1] : nil
        case .transform, .zipWith, .transformKeys, .transformValues, .mapZipWith: nil
        }
    }

    /// The result type given the value arguments and the lambdas' bodies (type, nullable).
    func resultType(values: [DataType], bodies: [(DataType, Bool)]) -> DataType {
        switch self {
        case .transform, .zipWith: .array(element: bodies[0].0, containsNull: bodies[0].1)
        case .filter, .arraySort: values[0]
        case .exists, .forall: .boolean
        case .aggregate, .reduce: bodies.count > 1 ? bodies[1].0 : values[1]
        case .mapFilter: values[0]
        case .transformKeys:
            .map(key: bodies[0].0, value: values[0].mapTypes?.value ?? .null, valueContainsNull: values[0].mapTypes?.valueContainsNull ?? true)
        case .transformValues: .map(key: values[0].mapTypes?.key ?? .null, value: bodies[0].0, valueContainsNull: bodies[0].1)
        case .mapZipWith: .map(key: values[0].mapTypes?.key ?? .null, value: bodies[0].0, valueContainsNull: true)
        }
    }
}
