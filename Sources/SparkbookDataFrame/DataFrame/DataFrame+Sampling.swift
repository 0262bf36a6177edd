import SparkbookEngine
import SparkbookUtilities

/// `sample` and `randomSplit`: Spark's `Sample` without replacement, the same rows for the same seed and
/// partitions (`Sampling` in the engine).
extension DataFrame {
    /// About `fraction` of the rows, each kept by a Bernoulli trial; `seed` nil draws one.
    public func sample(fraction: Double, seed: Int64? = nil, withReplacement: Bool = false) throws -> DataFrame {
        if withReplacement {
            guard fraction >= -Self.samplingEpsilon else {
                throw SparkError(.illegalArgument,
                                 message: "requirement failed: Sampling fraction (\(JavaNumberText.double(fraction))) must be nonnegative with replacement")
            }
            return try derive { .sample(Sampling(upperBound: fraction, seed: seed ?? Self.randomSeed(), withReplacement: true), $0) }
        }
        guard fraction >= -Self.samplingEpsilon && fraction <= 1 + Self.samplingEpsilon else {
            throw SparkError(.illegalArgument,
                             message: "requirement failed: Sampling fraction (\(JavaNumberText.double(fraction))) must be on interval [0, 1] without replacement")
        }
        return try derive { .sample(Sampling(upperBound: fraction, seed: seed ?? Self.randomSeed()), $0) }
    }

    /// Disjoint parts holding about `weights[i] / sum(weights)` of the rows each: every part samples the same
    /// draws (same seed, each partition sorted by all columns first) over its own range of [0, 1).
    public func randomSplit(_ weights: [Double], seed: Int64? = nil) throws -> [DataFrame] {
        let shown = "[" + weights.map(JavaNumberText.double).joined(separator: ",") + "]"
        guard weights.allSatisfy({ $0 >= 0 }) else {
            throw SparkError(.illegalArgument, message: "requirement failed: Weights must be nonnegative, but got \(shown)")
        }
        let sum = weights.reduce(0, +)
        guard sum > 0 else {
            throw SparkError(.illegalArgument, message: "requirement failed: Sum of weights must be positive, but got \(shown)")
        }
        let seed = seed ?? Self.randomSeed()
        var bounds = [0.0]
        for w in weights { bounds.append(bounds[bounds.count - 1] + w / sum) }
        return try zip(bounds, bounds.dropFirst()).map { lower, upper in
            try derive { .sample(Sampling(lowerBound: lower, upperBound: upper, seed: seed, sortsPartition: true), $0) }
        }
    }

    /// Spark's `RandomSampler.roundingEpsilon`: a fraction this far outside [0, 1] is still accepted.
    static let samplingEpsilon = 1e-6

    static func randomSeed() -> Int64 { Int64.random(in: .min ... .max) }
}

extension DataFrame {
    /// `sampleBy(col, fractions, seed)`: each row kept when `rand(seed)` falls below its stratum's fraction (0 for
    /// a stratum not listed), as Spark filters, so the rows kept are Spark's.
    public func sampleBy(_ column: Column, fractions: [(Value, Double)], seed: Int64) throws -> DataFrame {
        guard let first = fractions.first else { return try filter(Functions.lit(.boolean(false))) }
        for (_, fraction) in fractions where !(0...1).contains(fraction) {
            throw SparkError(.illegalArgument, message: "requirement failed: Fractions must be in [0, 1], but got \(fractions.map { "\($0.0) -> \($0.1)" }.joined(separator: ", ")).")
        }
        var threshold = Functions.when(Column(.binary(.equal, column.expression, .literal(first.0))), Functions.lit(.double(first.1)))
        for (stratum, fraction) in fractions.dropFirst() {
            threshold = try threshold.when(Column(.binary(.equal, column.expression, .literal(stratum))), Functions.lit(.double(fraction)))
        }
        threshold = try threshold.otherwise(Functions.lit(.double(0)))
        return try filter(Column(.binary(.less, .function("rand", [.literal(.long(seed))]), threshold.expression)))
    }
}
