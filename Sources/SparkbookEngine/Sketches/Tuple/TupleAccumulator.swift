/// A Tuple sketch being built or unioned (`tuple_sketch_agg_*`, `tuple_union*`): as `ThetaAccumulator`, keeping
/// the `k` smallest hashes below the `(k+1)`-th, each hash's summary combined by the mode.
public struct TupleAccumulator<Value: TupleSummaryValue>: Sendable {
    public let lgNomEntries: Int
    public let mode: TupleSummaryMode
    var summaries: [UInt64: Value] = [:]
    var theta = ThetaHash.maxTheta
    var isEmpty = true

    public init(lgNomEntries: Int = ThetaAccumulator.defaultLgNomEntries, mode: TupleSummaryMode = .sum) {
        self.lgNomEntries = lgNomEntries
        self.mode = mode
    }

    var nominalEntries: Int { 1 << lgNomEntries }

    /// One (key hash, value) update: a new hash starts from the mode's initial summary.
    public mutating func update(hash: UInt64?, value: Value) {
        guard let hash else { return }
        isEmpty = false
        guard hash != 0, hash < theta else { return }
        let current = summaries[hash] ?? mode.initial(Value.self)
        summaries[hash] = mode == .alwaysOne ? .one : mode.combine(current, value)
        if summaries.count > 2 * nominalEntries { pullBack() }
    }

    /// Unions a compact sketch in; a hash already here combines its summaries.
    public mutating func merge(_ sketch: TupleSketch<Value>) {
        guard !sketch.isEmpty else { return }
        isEmpty = false
        theta = min(theta, sketch.theta)
        for (hash, summary) in sketch.entries where hash < theta {
            summaries[hash] = summaries[hash].map { mode.combine($0, summary) } ?? summary
        }
        if theta < ThetaHash.maxTheta { summaries = summaries.filter { $0.key < theta } }
        if summaries.count > 2 * nominalEntries { pullBack() }
    }

    /// Unions a Theta sketch in, its hashes carrying `summary` (`tuple_union_theta_*`).
    public mutating func merge(_ sketch: ThetaSketch, summary: Value) {
        merge(TupleSketch(entries: sketch.hashes.map { ($0, summary) }, theta: sketch.theta,
                          isEmpty: sketch.isEmpty, mode: mode))
    }

    private mutating func pullBack() {
        let k = nominalEntries
        guard summaries.count > k else { return }
        let sorted = summaries.keys.sorted()
        theta = sorted[k]
        summaries = summaries.filter { $0.key < theta }
    }

    public func result() -> TupleSketch<Value> {
        var copy = self
        copy.pullBack()
        return TupleSketch(entries: copy.summaries.map { ($0.key, $0.value) }, theta: copy.theta,
                           isEmpty: isEmpty, mode: mode)
    }
}
