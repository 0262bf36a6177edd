/// The intersection of many Tuple sketches (`tuple_intersection_agg_*`).
public struct TupleIntersectionAccumulator<Value: TupleSummaryValue>: Sendable {
    public let mode: TupleSummaryMode
    var result: TupleSketch<Value>?

    public init(mode: TupleSummaryMode = .sum) { self.mode = mode }

    public mutating func merge(_ sketch: TupleSketch<Value>) {
        result = result.map { $0.intersection(sketch, mode: mode) } ?? sketch
    }

    public func finish() -> TupleSketch<Value> { result ?? TupleSketch(mode: mode) }
}
