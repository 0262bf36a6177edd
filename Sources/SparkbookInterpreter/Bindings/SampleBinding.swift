import SparkbookDataFrame

/// `df.sample(...)` and `df.randomSplit(...)` with PySpark 4.3's argument rules: `sample(False, 0.5, 42)`,
/// `sample(fraction=0.5, seed=42)` and `sample(0.5, 42)` mean the same, but `sample(0.5, seed=42)` draws a random
/// seed (PySpark reads the seed from the second positional argument only), and a fraction given by name must be
/// a float.
enum SampleBinding {
    static func sample(_ df: DataFrame, _ args: CallArguments) throws -> DataFrame {
        let v = try args.bind(["withReplacement", "fraction", "seed"])
        let seedValue: PyValue?, fraction: Double
        var withReplacement = false
        switch (v[0], v[1]) {
        case (.bool(let replace)?, .float(let f)?):
            (fraction, seedValue, withReplacement) = (f, v[2], replace)
        case (nil, .float(let f)?):
            (fraction, seedValue) = (f, v[2])
        case (.float(let f)?, let second):
            (fraction, seedValue) = (f, second)
        default:
            let types = v.map { ($0 ?? .none).typeName }.joined(separator: ", ")
            throw ScriptError("PySparkTypeError",
                              "[NOT_EXPECTED_TYPE] Argument `withReplacement (optional), fraction (required) and seed (optional)` should be bool, float or int, got \(types).")
        }
        return try df.sample(fraction: fraction, seed: try seedValue.map { Int64(try $0.int("seed", in: "sample")) },
                             withReplacement: withReplacement)
    }

    static func randomSplit(_ df: DataFrame, _ args: CallArguments) throws -> PyValue {
        let v = try args.bind(["weights", "seed"], required: 1)
        guard case .list(let items) = v[0]! else {
            throw ScriptError.type("randomSplit() argument 'weights' must be a list, not \(v[0]!.typeName)")
        }
        for w in items where try number(w) < 0 {
            throw ScriptError("PySparkValueError", "[VALUE_NOT_POSITIVE] Value for `weights` must be positive, got '\(w.str)'.")
        }
        let parts = try df.randomSplit(try items.map(number), seed: try v[1].map { Int64(try $0.int("seed", in: "randomSplit")) })
        return .list(parts.map(PyValue.dataFrame))
    }

    private static func number(_ value: PyValue) throws -> Double {
        switch value {
        case .float(let d): return d
        case .int(let i): return Double(i)
        default: throw ScriptError.type("must be real number, not \(value.typeName)")
        }
    }
}
