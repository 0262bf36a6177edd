/// A stage attempt whose tasks the core places: what placement and the task events need. `runId` tells one
/// submission from a later attempt of the same stage; bodies, continuations and synthetic durations stay with
/// the driver.
struct ScheduledStage: Hashable, Sendable {
    let runId: Int
    let jobId: Int
    let attempt: Int
    /// The shuffle its tasks write (`ShuffleMapTask`), nil for result tasks.
    let writesShuffle: Int?
    var launched = 0
    var running = 0
    /// Its entries in the task queue (kept so the invariants can be checked without walking the queue).
    var queued = 0
}
