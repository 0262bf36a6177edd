import Testing
@testable import SparkbookCluster

/// Hadoop's load-time checks on leaf queues, independent of the file form.
@Suite struct QueueValidatorTests {
    static var validator: QueueValidator { QueueValidator { queue, setting in
        ("\(queue ?? "queues").\(setting.map { "\($0)" } ?? "list")", DescriptionLocation(file: "f", line: 1))
    } }

    @Test func allowsHadoopsRoundingOnTheSum() throws {
        // Hadoop accepts sibling sums within 0.0005 of 1: 99.99 % passes, 99.9 % does not.
        try Self.validator.validate(["a", "b", "c"].map { QueueDescription(name: $0, capacityPercent: 33.33) })
        #expect(throws: ClusterManagerError.self) {
            try Self.validator.validate(["a", "b", "c"].map { QueueDescription(name: $0, capacityPercent: 33.3) })
        }
    }

    @Test func namesTheQueueAndSetting() {
        #expect(throws: ClusterManagerError(code: .invalidClusterFile, key: "a.capacity", message:
            "f:1: a.capacity: must be a percentage between 0 and 100 for queue root.a, got 101")) {
            try Self.validator.validate([QueueDescription(name: "a", capacityPercent: 101)])
        }
        #expect(throws: ClusterManagerError(code: .invalidClusterFile, key: "queues.list", message:
            "f:1: queues.list: the capacities of root's queues must add up to 100 %, but a 12.5 = 12.5 %")) {
            try Self.validator.validate([QueueDescription(name: "a", capacityPercent: 12.5)])
        }
    }
}
