/// A per-queue setting that Hadoop range-checks, so that one validator serves the YAML form and
/// `capacity-scheduler.xml`, each naming the setting as its own file writes it.
public enum QueueSetting: Hashable, Sendable, CaseIterable {
    case capacity
    case maximumCapacity
    case userLimitFactor
    case minimumUserLimitPercent
}
