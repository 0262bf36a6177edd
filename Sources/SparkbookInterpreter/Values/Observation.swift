import SparkbookDataFrame
import Synchronization

/// `pyspark.sql.Observation(name)`: metrics of a DataFrame observed with `df.observe(observation, *exprs)`.
/// Spark computes them while an action runs over the observed DataFrame; a batch DataFrame's rows are the same
/// each time, so here `observation.get` aggregates them when first read (after the action, as in Spark) and
/// keeps the answer.
public final class Observation: Sendable {
    public let name: String
    private struct State {
        var observed: (DataFrame, [Column])?
        var metrics: PyValue?
    }
    private let state = Mutex(State())

    init(name: String) { self.name = name }

    /// `df.observe(self, ...)`: one DataFrame per observation, as Spark allows.
    func observe(_ df: DataFrame, _ metrics: [Column]) throws {
        try state.withLock { state in
            guard state.observed == nil else {
                throw ScriptError("PySparkAssertionError", "[REUSE_OBSERVATION] An Observation can be used with a DataFrame only once.")
            }
            state.observed = (df, metrics)
        }
    }

    /// `observation.get`: the metrics by name, as a dict.
    func get() async throws -> PyValue {
        if let kept = state.withLock({ $0.metrics }) { return kept }
        guard let (df, metrics) = state.withLock({ $0.observed }) else {
            throw ScriptError("PySparkAssertionError", "[NO_OBSERVE_BEFORE_GET] Should observe by calling `DataFrame.observe` before `get`.")
        }
        let row = try await df.groupBy([]).agg(metrics).collect().first
        let value = PyValue.dict(zip(row?.names ?? [], row?.values ?? []).map { .init(key: .string($0), value: PyValue.from($1)) })
        state.withLock { $0.metrics = value }
        return value
    }

    static let pyClass = PyClass("Observation", module: "pyspark.sql.observation")
}
