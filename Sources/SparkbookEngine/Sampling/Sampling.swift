import SparkbookUtilities
/// `sample(fraction, seed)` and each part of `randomSplit`: Spark's `Sample` without replacement, a
/// `BernoulliCellSampler` per partition seeded with `seed + partitionIndex` that keeps a row when its
/// `nextDouble()` falls in `[lowerBound, upperBound)`. The same seed over the same rows gives every part of a
/// `randomSplit` the same draws, so the parts never overlap.
public struct Sampling: Sendable, Hashable {
    public let lowerBound: Double
    public let upperBound: Double
    public let seed: Int64
    /// `randomSplit` first sorts each partition by every orderable column (Spark's local sort), so the parts
    /// do not depend on the order rows arrive in.
    public let sortsPartition: Bool
    /// `sample(withReplacement=True)`: Spark's `PoissonSampler` (each row kept a Poisson-drawn number of times,
    /// mean `upperBound - lowerBound`), partition i seeded with the i-th `nextLong()` of `java.util.Random(seed)`,
    /// as `PartitionwiseSampledRDD` seeds it.
    public let withReplacement: Bool

    public init(lowerBound: Double = 0, upperBound: Double, seed: Int64, sortsPartition: Bool = false,
                withReplacement: Bool = false) {
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.seed = seed
        self.sortsPartition = sortsPartition
        self.withReplacement = withReplacement
    }

    /// The sampler for one partition.
    func sampler(partition: Int) -> Sampler {
        var poisson: PoissonSampler?
        if withReplacement {
            var seeds = JavaRandom(seed: seed)
            var partitionSeed = seeds.nextLong()
            for _ in 0..<partition { partitionSeed = seeds.nextLong() }
            poisson = PoissonSampler(mean: upperBound - lowerBound, seed: partitionSeed)
        }
        return Sampler(sampling: self, random: XORShiftRandom(seed: seed &+ Int64(partition)), poisson: poisson)
    }

    /// One partition's Bernoulli trials, carried from batch to batch.
    struct Sampler {
        let sampling: Sampling
        var random: XORShiftRandom
        var poisson: PoissonSampler?

        /// The rows of `batch` kept (an empty range draws nothing and keeps nothing, as Spark's).
        mutating func sample(_ batch: RecordBatch) -> RecordBatch {
            guard sampling.upperBound - sampling.lowerBound > 0 else { return batch.gather([]) }
            if poisson != nil {
                var kept: [Int] = []
                for row in 0..<batch.rowCount {
                    let copies = poisson!.sample()
                    if copies > 0 { kept += repeatElement(row, count: copies) }
                }
                return batch.gather(kept)
            }
            let kept = (0..<batch.rowCount).filter { _ in
                let x = random.nextDouble()
                return x >= sampling.lowerBound && x < sampling.upperBound
            }
            return kept.count == batch.rowCount ? batch : batch.gather(kept)
        }
    }
}

extension Sampling {
    /// `Sample 0.0, 0.5, false, 42`: the node as Spark's plans print it (logical and physical alike).
    public var planText: String {
        "Sample \(JavaNumberText.double(lowerBound)), \(JavaNumberText.double(upperBound)), \(withReplacement), \(seed)"
    }
}
