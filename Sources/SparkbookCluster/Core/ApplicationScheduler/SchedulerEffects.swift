/// What the core asks its driver to carry out, in the order it happened: listener events to deliver, timeline
/// entries to record, executors that came up (the live driver starts their threads), tasks to launch, and
/// executors that left (threads to stop or abandon, shuffle output lost), shuffles cleaned. The core itself does no I/O.
struct SchedulerEffects: Sendable {
    /// An executor that left the application.
    struct Released: Hashable, Sendable {
        let executor: ScheduledExecutor
        /// Lost (failure, taken back) rather than killed by the driver when idle.
        let lost: Bool
    }

    var listenerEvents: [SparkListenerEvent] = []
    var timeline: [TimelineEntry] = []
    var registered: [ScheduledExecutor] = []
    var launches: [TaskPlacement] = []
    var released: [Released] = []
    /// Shuffles the ContextCleaner removed: their map output is gone from every executor.
    var cleanedShuffles: [Int] = []

    var isEmpty: Bool {
        listenerEvents.isEmpty && timeline.isEmpty && registered.isEmpty && launches.isEmpty && released.isEmpty
            && cleanedShuffles.isEmpty
    }
}
