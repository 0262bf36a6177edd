/// The intersection of many sketches (`theta_intersection_agg`): no input yet is the universe.
public struct ThetaIntersectionAccumulator: Sendable {
    var result: ThetaSketch?

    public init() {}

    public mutating func merge(_ sketch: ThetaSketch) {
        result = result.map { $0.intersection(sketch) } ?? sketch
    }

    public func finish() -> ThetaSketch { result ?? ThetaSketch() }
}
