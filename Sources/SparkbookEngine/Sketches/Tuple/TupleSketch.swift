/// A compact Tuple sketch (DataSketches' `CompactTupleSketch`): a Theta sketch whose every retained hash carries
/// a summary. Estimates are the Theta sketch's; the summaries are combined by a mode when the same hash meets
/// itself in an update, a union or an intersection.
public struct TupleSketch<Value: TupleSummaryValue>: Sendable, Equatable {
    /// Hashes ascending, each with its summary.
    public internal(set) var entries: [(hash: UInt64, summary: Value)]
    public internal(set) var theta: UInt64
    public internal(set) var isEmpty: Bool
    /// The mode each summary was serialized with (DataSketches stores it per summary).
    public internal(set) var mode: TupleSummaryMode

    public init(entries: [(hash: UInt64, summary: Value)] = [], theta: UInt64 = ThetaHash.maxTheta,
                isEmpty: Bool? = nil, mode: TupleSummaryMode = .sum) {
        self.entries = entries.sorted { $0.hash < $1.hash }
        self.theta = theta
        self.isEmpty = isEmpty ?? (entries.isEmpty && theta == ThetaHash.maxTheta)
        self.mode = mode
    }

    public static func == (a: TupleSketch, b: TupleSketch) -> Bool {
        a.theta == b.theta && a.isEmpty == b.isEmpty && a.entries.count == b.entries.count
            && zip(a.entries, b.entries).allSatisfy { $0.hash == $1.hash && $0.summary == $1.summary }
    }

    public var isEstimationMode: Bool { theta < ThetaHash.maxTheta && !isEmpty }
    public var thetaFraction: Double { Double(theta) / Double(ThetaHash.maxTheta) }
    public var estimate: Double {
        isEstimationMode ? Double(entries.count) / thetaFraction : Double(entries.count)
    }

    /// The retained summaries combined by `mode` (`tuple_sketch_summary_*`): nil when nothing is retained.
    public func aggregateSummary(_ mode: TupleSummaryMode) -> Value? {
        guard let first = entries.first?.summary else { return nil }
        return entries.dropFirst().reduce(first) { mode.combine($0, $1.summary) }
    }

    /// The hashes only, as a Theta sketch.
    public var thetaSketch: ThetaSketch { ThetaSketch(hashes: entries.map(\.hash), theta: theta, isEmpty: isEmpty) }
}
