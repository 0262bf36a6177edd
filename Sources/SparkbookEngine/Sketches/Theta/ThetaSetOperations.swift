/// Theta set operations as DataSketches defines them: theta is the smallest of the inputs' thetas and only hashes
/// below it count. `theta_intersection` keeps the hashes in both; `theta_difference` those of the first not in the
/// second (`AnotB`); unions are `ThetaAccumulator.merge`.
extension ThetaSketch {
    public func intersection(_ other: ThetaSketch) -> ThetaSketch {
        if isEmpty || other.isEmpty {
            // An empty input makes the intersection empty (DataSketches' empty rule).
            return ThetaSketch()
        }
        let theta = min(self.theta, other.theta)
        let theirs = Set(other.hashes)
        let kept = hashes.filter { $0 < theta && theirs.contains($0) }
        return ThetaSketch(hashes: kept, theta: theta, isEmpty: kept.isEmpty && theta == ThetaHash.maxTheta)
    }

    public func subtracting(_ other: ThetaSketch) -> ThetaSketch {
        if isEmpty { return ThetaSketch() }
        if other.isEmpty { return self }
        let theta = min(self.theta, other.theta)
        let theirs = Set(other.hashes)
        let kept = hashes.filter { $0 < theta && !theirs.contains($0) }
        return ThetaSketch(hashes: kept, theta: theta, isEmpty: kept.isEmpty && theta == ThetaHash.maxTheta)
    }
}
