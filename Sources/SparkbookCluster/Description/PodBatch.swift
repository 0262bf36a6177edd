/// Kubernetes pod request rounds.
public struct PodBatch: Hashable, Sendable {
    public var size: Int
    public var delay: ClockDuration

    public init(size: Int = 20, delay: ClockDuration = .seconds(1)) {
        self.size = size
        self.delay = delay
    }
}
