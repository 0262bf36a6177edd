/// A Theta sketch being built (`theta_sketch_agg`, `theta_union_agg`, `theta_union`): it keeps at most about `2k`
/// hashes below theta and, when over, lowers theta to the `(k+1)`-th smallest, dropping the rest. The result
/// keeps the `k` smallest hashes below the `(k+1)`-th, which is what DataSketches' QuickSelect update sketch and
/// its union produce whatever the order of the updates and merges, so estimates equal Spark's.
public struct ThetaAccumulator: Sendable {
    public static var defaultLgNomEntries: Int { 12 }
    public static var lgNomEntriesRange: ClosedRange<Int> { 4...26 }

    public let lgNomEntries: Int
    var hashes: Set<UInt64> = []
    var theta = ThetaHash.maxTheta
    var isEmpty = true

    public init(lgNomEntries: Int = ThetaAccumulator.defaultLgNomEntries) {
        self.lgNomEntries = lgNomEntries
    }

    var nominalEntries: Int { 1 << lgNomEntries }

    /// Adds one hash (nil, an ignored empty string, changes nothing).
    public mutating func update(hash: UInt64?) {
        guard let hash else { return }
        isEmpty = false
        guard hash != 0, hash < theta else { return }
        hashes.insert(hash)
        if hashes.count > 2 * nominalEntries { pullBack() }
    }

    /// Unions a compact sketch in (`ThetaUnion.union`).
    public mutating func merge(_ sketch: ThetaSketch) {
        guard !sketch.isEmpty else { return }
        isEmpty = false
        theta = min(theta, sketch.theta)
        for hash in sketch.hashes where hash < theta { hashes.insert(hash) }
        if theta < ThetaHash.maxTheta { hashes = hashes.filter { $0 < theta } }
        if hashes.count > 2 * nominalEntries { pullBack() }
    }

    /// Lowers theta to the `(k+1)`-th smallest hash when more than `k` are kept.
    private mutating func pullBack() {
        let k = nominalEntries
        guard hashes.count > k else { return }
        let sorted = hashes.sorted()
        theta = sorted[k]
        hashes = Set(sorted[..<k])
    }

    /// The compact result (`getResult()` / `compact()`).
    public func result() -> ThetaSketch {
        var copy = self
        copy.pullBack()
        return ThetaSketch(hashes: Array(copy.hashes), theta: copy.theta, isEmpty: isEmpty)
    }
}
