import Foundation
import SparkbookCluster
import Testing

/// The classroom's neighbour teams and the student's session on one resource manager core, on a manual clock.
@Suite struct NeighboursTests {
    /// One node of 8 cores; `etl` and `analytics` guaranteed half each, both allowed the whole cluster.
    static let cluster = ClusterDescription(
        kind: .yarn, nodes: [NodeGroup(count: 1, resources: Resources(vcores: 8, memoryMiB: 65536))],
        queues: [QueueDescription(name: "etl", capacityPercent: 50, userLimitFactor: nil),
                 QueueDescription(name: "analytics", capacityPercent: 50, userLimitFactor: nil)],
        resourceCalculator: .dominant)

    /// An ETL team whose one job (16 tasks of 1 s) starts 6 s after it arrives.
    static let file = NeighboursFile(path: "test.yaml", clusterPath: "cluster.yaml", queue: "analytics", teams: [
        NeighbourTeam(name: "etl-team", queue: "etl", user: "etl-bot", properties: [
            DynamicAllocationKeys.maxExecutors: "8", DynamicAllocationKeys.executorIdleTimeout: "2s",
        ], jobs: [NeighbourJob(name: "load", stages: [.init(name: "extract", tasks: 16, taskTime: .fixed(seconds: 1))],
                               start: .at(.seconds(6)))]),
    ])

    @Test func teamAndSessionShareTheCoreAndTheTeamGetsWhatTheSessionReleases() async throws {
        let clock = ManualClock()
        let neighbours = Neighbours(file: Self.file, cluster: Self.cluster, timeScale: .realTime, clock: clock,
                                    ticking: .manual)
        var options = ClusterRuntime.Options()
        options.resourceManager = neighbours.connection
        options.queue = "analytics"
        let session = try RuntimeHarness.dynamic(
            min: 0, max: 8, [DynamicAllocationKeys.executorIdleTimeout: "2s"], options: options, clock: clock)
        defer { session.shutdown(); neighbours.stop() }
        let gate = TaskGate()
        let stage = await session.startStage(tasks: 16) { _ in gate.wait() }
        // The session's backlog takes the whole idle cluster (elasticity) before the team's job starts.
        for _ in 0..<50 {
            session.advance(ms: 100)
            neighbours.advance()
        }
        #expect(session.runtime.executorStatuses().count == 8)
        #expect(neighbours.executorsByTeam().map(\.executors) == [0])
        // The team's job starts at 6 s and waits: no preemption, the cluster is full.
        for _ in 0..<20 {
            session.advance(ms: 100)
            neighbours.advance()
        }
        #expect(neighbours.executorsByTeam().map(\.executors) == [0])
        #expect(neighbours.usageLog().samples.last { $0.applicationId == "application_0_0001" }?.waiting ?? 0 > 0)
        gate.release()
        try await stage.value
        // The session's executors idle out after 2 s; the team's arrive as they leave.
        var sessionReleasedAt: ClockTime?
        var teamGrantedAt: ClockTime?
        for _ in 0..<40 {
            session.advance(ms: 100)
            neighbours.advance()
            if sessionReleasedAt == nil, session.runtime.executorStatuses().count < 8 { sessionReleasedAt = clock.now }
            if teamGrantedAt == nil, neighbours.executorsByTeam()[0].executors > 0 { teamGrantedAt = clock.now }
        }
        let released = try #require(sessionReleasedAt)
        let granted = try #require(teamGrantedAt)
        #expect(granted >= released)
        #expect(granted - released <= .milliseconds(200))
        let changes = neighbours.changes(since: 0)
        #expect(changes.first?.cause == .granted)
        #expect(changes.first?.team == "etl-team")
        #expect(changes.first?.clusterCores == 8)
        // The usage log has both applications, each with executors granted at some point.
        let log = neighbours.usageLog()
        #expect(Set(log.applications.map(\.queue)) == ["etl", "analytics"])
        for application in log.applications {
            #expect(log.samples.contains { $0.applicationId == application.id && $0.granted > 0 })
        }
        #expect(session.runtime.usageLog().applications.count == 2)
    }

    @Test func aTeamArrivesAtItsTimeScaledAndLeavesWhenStopped() {
        let clock = ManualClock()
        var file = Self.file
        file.teams[0].arrival = .seconds(100)
        let neighbours = Neighbours(file: file, cluster: Self.cluster, timeScale: TimeScale(factor: 0.02),
                                    clock: clock, ticking: .manual)
        clock.advance(by: .milliseconds(1999))
        neighbours.advance()
        #expect(neighbours.executorsByTeam().isEmpty)
        clock.advance(by: .milliseconds(1))
        neighbours.advance()
        #expect(neighbours.executorsByTeam().map(\.team.name) == ["etl-team"])
        for _ in 0..<10 {
            clock.advance(by: .milliseconds(100))
            neighbours.advance()
        }
        // Its job starts 6 s (120 ms here) after its arrival, gets executors from the idle cluster, ends (20 ms
        // tasks) and gives them back 2 s (40 ms) later.
        let causes = neighbours.changes(since: 0).map(\.cause)
        #expect(causes.first == .granted)
        #expect(causes.last == .released)
        #expect(neighbours.changes(since: 0).first.map { $0.time >= ClockTime(milliseconds: 2120) } == true)
        neighbours.stop()
        #expect(neighbours.usageLog().applications[0].finishedAt != nil)
    }
}
