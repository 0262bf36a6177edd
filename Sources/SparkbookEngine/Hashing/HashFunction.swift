/// Spark's `hash(col, ...)`: the `Murmur3Hash` of its arguments (seed 42), an int that is never null (a null
/// argument leaves the hash unchanged, so `hash(NULL)` is 42).
enum HashFunction {
    static let function: any ScalarFunction =
        RowFunction("hash", arity: 1...255, nullIntolerant: false, nullability: .never, signature: { types, _ in
            FunctionSignature(inputs: types, result: .integer)
        }) { values, _ in .integer(SparkValueHash.hash(values)) }
}
