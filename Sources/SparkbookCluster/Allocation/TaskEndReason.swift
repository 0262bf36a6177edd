/// How a task ended, as far as allocation cares.
public enum TaskEndReason: Hashable, Sendable {
    case success
    /// Will be resubmitted: counts as pending again and re-arms the backlog timer.
    case failed
    /// Intentionally killed (e.g. the speculative twin won): nothing will be resubmitted.
    case killed
}
