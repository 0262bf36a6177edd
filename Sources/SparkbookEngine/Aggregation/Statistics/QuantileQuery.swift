/// Spark's `QuantileSummaries.query` over a summary that kept every value (each sample with `g = 1`,
/// `delta = 0`): the first value when `p` is at or below the relative error, the last at or above one minus
/// it, else the value of rank ⌈p·n⌉. `percentile_approx`, `approxQuantile` and `summary()` answer with it.
public enum QuantileQuery {
    public static func value<T>(at p: Double, sorted: [T], relativeError: Double) -> T {
        if p <= relativeError { return sorted[0] }
        if p >= 1 - relativeError { return sorted[sorted.count - 1] }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
