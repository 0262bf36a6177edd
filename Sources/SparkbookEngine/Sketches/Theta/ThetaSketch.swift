/// A compact Theta sketch (DataSketches' `CompactThetaSketch`): the retained hashes, ascending, all below
/// `theta`, which is the fraction of the hash space (over `Long.MAX_VALUE`) the sketch still samples. What
/// `theta_sketch_agg` returns and the set operations take and produce. The estimate is the retained count over
/// that fraction, exact while theta is 1.
public struct ThetaSketch: Sendable, Equatable {
    public internal(set) var hashes: [UInt64]
    public internal(set) var theta: UInt64
    /// No item was ever seen (distinct from an estimation-mode sketch with nothing retained).
    public internal(set) var isEmpty: Bool

    public init(hashes: [UInt64] = [], theta: UInt64 = ThetaHash.maxTheta, isEmpty: Bool? = nil) {
        self.hashes = hashes.sorted()
        self.theta = theta
        self.isEmpty = isEmpty ?? (hashes.isEmpty && theta == ThetaHash.maxTheta)
    }

    public var isEstimationMode: Bool { theta < ThetaHash.maxTheta && !isEmpty }

    /// The fraction of the hash space sampled.
    public var thetaFraction: Double { Double(theta) / Double(ThetaHash.maxTheta) }

    /// The estimated number of distinct items (`getEstimate()`).
    public var estimate: Double { isEstimationMode ? Double(hashes.count) / thetaFraction : Double(hashes.count) }
}
