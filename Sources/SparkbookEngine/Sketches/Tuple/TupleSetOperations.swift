extension TupleSketch {
    /// The hashes in both, below the smaller theta, summaries combined by `mode` (`tuple_intersection_*`).
    public func intersection(_ other: TupleSketch, mode: TupleSummaryMode) -> TupleSketch {
        if isEmpty || other.isEmpty { return TupleSketch(mode: mode) }
        let theta = Swift.min(self.theta, other.theta)
        let theirs = Dictionary(other.entries.map { ($0.hash, $0.summary) }, uniquingKeysWith: { a, _ in a })
        let kept = entries.compactMap { entry -> (hash: UInt64, summary: Value)? in
            guard entry.hash < theta, let summary = theirs[entry.hash] else { return nil }
            return (entry.hash, mode.combine(entry.summary, summary))
        }
        return TupleSketch(entries: kept, theta: theta, isEmpty: kept.isEmpty && theta == ThetaHash.maxTheta, mode: mode)
    }

    /// The intersection with a Theta sketch: its hashes keep this sketch's summaries combined with `summary`.
    public func intersection(_ other: ThetaSketch, summary: Value, mode: TupleSummaryMode) -> TupleSketch {
        intersection(TupleSketch(entries: other.hashes.map { ($0, summary) }, theta: other.theta,
                                 isEmpty: other.isEmpty, mode: mode), mode: mode)
    }

    /// This sketch's hashes absent from `hashes`, below the smaller theta (`tuple_difference_*`).
    public func subtracting(hashes other: [UInt64], theta otherTheta: UInt64, otherEmpty: Bool) -> TupleSketch {
        if isEmpty { return TupleSketch(mode: mode) }
        if otherEmpty { return self }
        let theta = Swift.min(self.theta, otherTheta)
        let theirs = Set(other)
        let kept = entries.filter { $0.hash < theta && !theirs.contains($0.hash) }
        return TupleSketch(entries: kept, theta: theta, isEmpty: kept.isEmpty && theta == ThetaHash.maxTheta, mode: mode)
    }
}
