/// Where each map task's shuffle output lives: the executor that wrote it, or (with the external shuffle
/// service) the service on that host, which outlives the executor. Answers "which executors hold shuffle 4"
/// and, when an executor goes, which map outputs were lost with it.
public struct ShuffleOutputRegistry: Hashable, Sendable {
    public struct Location: Hashable, Sendable {
        public let executorId: String
        public let host: String
        /// Served by the external shuffle service: survives the executor.
        public let external: Bool

        public init(executorId: String, host: String, external: Bool) {
            self.executorId = executorId
            self.host = host
            self.external = external
        }
    }

    /// shuffle id -> map partition -> location.
    public private(set) var outputs: [Int: [Int: Location]] = [:]

    public init() {}

    public mutating func record(shuffleId: Int, mapPartition: Int, location: Location) {
        outputs[shuffleId, default: [:]][mapPartition] = location
    }

    /// Shuffles with output on the executor (still held by it, not by an external service).
    public func shuffles(heldBy executorId: String) -> [Int] {
        outputs.filter { $0.value.values.contains { $0.executorId == executorId && !$0.external } }.keys.sorted()
    }

    /// Forgets output held only by the executor; returns shuffle id -> lost map partitions.
    @discardableResult
    public mutating func executorRemoved(_ executorId: String) -> [Int: [Int]] {
        var lost: [Int: [Int]] = [:]
        for (shuffle, maps) in outputs {
            let gone = maps.filter { $0.value.executorId == executorId && !$0.value.external }.keys.sorted()
            guard !gone.isEmpty else { continue }
            lost[shuffle] = gone
            for partition in gone { outputs[shuffle]?[partition] = nil }
        }
        return lost
    }

    public mutating func shuffleCleaned(_ shuffleId: Int) {
        outputs[shuffleId] = nil
    }

    public func locations(of shuffleId: Int) -> [Int: Location] { outputs[shuffleId] ?? [:] }
}
