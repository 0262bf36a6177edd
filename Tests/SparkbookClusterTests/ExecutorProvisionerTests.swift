import SparkbookCluster
import Testing

@Suite struct ExecutorProvisionerTests {
    func profile(_ master: String, capacity: Int, batch: Int? = nil) throws -> ClusterManagerProfile {
        var properties = [ClusterManagerProfile.capacityKey: String(capacity)]
        if let batch { properties["spark.kubernetes.allocation.batch.size"] = String(batch) }
        return try ClusterManagerProfile.resolve(master: master, properties: properties)
    }

    @Test func executorsRegisterAfterTheStartupTime() throws {
        var p = ExecutorProvisioner(profile: try profile("yarn", capacity: 10), startupTime: .seconds(2))
        p.setDesiredTotal(3)
        #expect(p.advance(now: .zero).isEmpty)
        #expect(p.starting.count == 3)
        #expect(p.advance(now: ClockTime(milliseconds: 1999)).isEmpty)
        #expect(p.advance(now: ClockTime(milliseconds: 2000)).map(\.id) == ["1", "2", "3"])
        #expect(p.running == ["1", "2", "3"])
    }

    @Test func requestsBeyondCapacityWaitUntilSomethingLeaves() throws {
        var p = ExecutorProvisioner(profile: try profile("sparkbook", capacity: 2), startupTime: .zero)
        p.setDesiredTotal(5)
        #expect(p.advance(now: .zero).map(\.id) == ["0", "1"])
        #expect(p.waiting == 3)
        p.executorRemoved("0")
        #expect(p.advance(now: .zero).map(\.id) == ["2"])
        #expect(p.waiting == 2)
    }

    @Test func loweringTheTargetCancelsWaitingThenStartingNeverRunning() throws {
        var p = ExecutorProvisioner(profile: try profile("yarn", capacity: 3), startupTime: .seconds(1))
        p.setDesiredTotal(1)
        _ = p.advance(now: .zero)
        _ = p.advance(now: ClockTime(milliseconds: 1000))
        p.setDesiredTotal(5)
        _ = p.advance(now: ClockTime(milliseconds: 1000))
        #expect((p.running.count, p.starting.count, p.waiting) == (1, 2, 2))
        #expect(p.setDesiredTotal(2) == ["3"])
        #expect((p.running.count, p.starting.count, p.waiting) == (1, 1, 0))
        #expect(p.setDesiredTotal(0) == ["2"])
        #expect(p.running == ["1"])
    }

    @Test func kubernetesRequestsPodsInBatches() throws {
        var p = ExecutorProvisioner(profile: try profile("k8s://https://api", capacity: 50, batch: 2),
                                    startupTime: .zero)
        p.setDesiredTotal(5)
        #expect(p.advance(now: .zero).count == 2)
        #expect(p.advance(now: ClockTime(milliseconds: 500)).isEmpty)
        #expect(p.nextEventTime == ClockTime(milliseconds: 1000))
        #expect(p.advance(now: ClockTime(milliseconds: 1000)).count == 2)
        #expect(p.advance(now: ClockTime(milliseconds: 2000)).count == 1)
        #expect(p.total == 5)
    }
}
