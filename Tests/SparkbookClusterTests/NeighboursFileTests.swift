import Foundation
@testable import SparkbookCluster
import Testing

/// Reading a neighbours file: what it holds, and one test per refusal, each naming file:line and the key.
@Suite struct NeighboursFileTests {
    static let valid = """
        queue: analytics
        teams:
          - name: etl-team
            queue: etl
            spark:
              spark.dynamicAllocation.maxExecutors: 12
            jobs:
              - start: 5m
                every: 20m
                stages:
                  - {name: extract, tasks: 36, task-time: 2m}
                  - {name: merge, tasks: 12, task-time: 1m, depends-on: [extract]}
        """

    static func read(_ text: String) throws(ClusterManagerError) -> NeighboursFile {
        try NeighboursFile.read(text, path: "n.yaml") { _ throws(ClusterManagerError) in NeighboursTests.cluster }.file
    }

    /// The message of the error reading `text` raises.
    static func refusal(_ text: String) -> String {
        do {
            _ = try read(text)
            return "no error"
        } catch {
            return error.message
        }
    }

    /// `valid` with one line replaced.
    static func valid(replacing line: String, with replacement: String) -> String {
        precondition(valid.contains(line))
        return valid.replacingOccurrences(of: line, with: replacement)
    }

    @Test func readsTeamsJobsAndStagesWithDefaults() throws {
        let file = try Self.read(Self.valid)
        #expect(file.queue == "analytics")
        #expect(file.clusterPath == "../../conf/cluster-shared.yaml")
        let team = try #require(file.teams.first)
        #expect(team.user == "etl-team")
        #expect(team.arrival == .zero)
        #expect(team.properties == [DynamicAllocationKeys.maxExecutors: "12"])
        #expect(team.jobs.map(\.name) == ["job 1"])
        #expect(team.jobs[0].start == .at(.seconds(300)))
        #expect(team.jobs[0].every == .seconds(1200))
        #expect(team.jobs[0].stages.map(\.tasks) == [36, 12])
        #expect(team.jobs[0].stages[1].dependsOn == ["extract"])
        #expect(team.jobs[0].stages[0].taskTime == .fixed(seconds: 120))
    }

    @Test func theShippedFileReadsWithTheSharedCluster() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let (file, cluster) = try NeighboursFile.load(
            path: root.appendingPathComponent("notebooks/neighbours/steady_etl_team.yaml").path)
        #expect(file.queue == "analytics")
        #expect(file.teams.map(\.queue) == ["etl"])
        #expect(cluster.queues.map(\.name) == ["etl", "analytics", "adhoc"])
    }

    @Test func anUnknownTopKeyIsRefusedWithTheClosestOne() {
        #expect(Self.refusal("teems: []\n") == "n.yaml:1: teems: unknown key; did you mean 'teams'?")
    }

    @Test func anUnknownTeamKeyIsRefused() {
        let message = Self.refusal(Self.valid(replacing: "    queue: etl", with: "    queue: etl\n    arival: 5s"))
        #expect(message == "n.yaml:5: teams.etl-team.arival: unknown key; did you mean 'arrival'?")
    }

    @Test func aTeamQueueTheClusterLacksIsRefused() {
        #expect(Self.refusal(Self.valid(replacing: "queue: etl", with: "queue: nightly"))
            == "n.yaml:4: teams.etl-team.queue: no queue 'nightly' in the cluster (queues: etl, analytics)")
    }

    @Test func theStudentsQueueMustExist() {
        #expect(Self.refusal(Self.valid(replacing: "queue: analytics", with: "queue: science"))
            == "n.yaml:1: queue: no queue 'science' in the cluster (queues: etl, analytics)")
    }

    @Test func aBadDurationIsRefused() {
        #expect(Self.refusal(Self.valid(replacing: "start: 5m", with: "start: soon"))
            == "n.yaml:8: teams.etl-team.jobs[1].start: must be a duration such as 3s or 15000ms, got 'soon'")
    }

    @Test func aSparkKeyTeamsCannotSetIsRefused() {
        let message = Self.refusal(Self.valid(replacing: "spark.dynamicAllocation.maxExecutors: 12",
                                              with: "spark.dynamicAllocation.maxExecutor: 12"))
        #expect(message.hasPrefix("n.yaml:6: teams.etl-team.spark.spark.dynamicAllocation.maxExecutor: unknown key; "
            + "did you mean 'spark.dynamicAllocation.maxExecutors'?"))
    }

    @Test func aBadSparkValueIsRefusedWithSparksMessageAtItsLine() {
        let message = Self.refusal(Self.valid(replacing: "maxExecutors: 12", with: "maxExecutors: many"))
        #expect(message.hasPrefix("n.yaml:6: teams.etl-team.spark.spark.dynamicAllocation.maxExecutors: "))
        #expect(message.contains("[INVALID_CONF_VALUE"))
    }

    @Test func inconsistentSparkSettingsAreRefusedWithSparksMessage() {
        let message = Self.refusal(Self.valid(
            replacing: "maxExecutors: 12", with: "maxExecutors: 2\n      spark.dynamicAllocation.minExecutors: 5"))
        #expect(message.hasPrefix("n.yaml:"))
        #expect(message.contains("minExecutors"))
        #expect(message.contains("maxExecutors"))
    }

    @Test func startAndAfterTogetherAreRefused() {
        #expect(Self.refusal(Self.valid(replacing: "every: 20m", with: "after: 1m"))
            == "n.yaml:9: teams.etl-team.jobs[1].after: a job starts at a time (start) or after the previous job "
                + "(after), not both")
    }

    @Test func runsWithoutEveryIsRefused() {
        #expect(Self.refusal(Self.valid(replacing: "every: 20m", with: "runs: 3"))
            == "n.yaml:9: teams.etl-team.jobs[1].runs: counts the runs of a job that repeats: add every")
    }

    @Test func aStageDependingOnALaterStageIsRefusedAtItsLine() {
        let message = Self.refusal(Self.valid(replacing: "depends-on: [extract]", with: "depends-on: [publish]"))
        #expect(message.hasPrefix("n.yaml:12: teams.etl-team.jobs[1].stages[2].depends-on: 'publish' is not an "
            + "earlier stage"))
    }

    @Test func aStageWithoutTasksIsRefused() {
        #expect(Self.refusal(Self.valid(replacing: "tasks: 36", with: "tasks: 0"))
            == "n.yaml:11: teams.etl-team.jobs[1].stages[1].tasks: must be a whole number above 0, got '0'")
    }

    @Test func aJobAfterOneThatRepeatsForeverIsRefused() {
        let second = "\n      - stages: [{name: s, tasks: 1, task-time: 1s}]"
        #expect(Self.refusal(Self.valid + second) == "n.yaml:13: teams.etl-team.jobs[2]: never starts: the job "
            + "before it repeats without end (give it runs: N)")
    }

    @Test func twoTeamsOfOneNameAreRefused() {
        let again = "\n  - name: etl-team\n    queue: etl\n    jobs: [{stages: [{name: s, tasks: 1, task-time: 1s}]}]"
        #expect(Self.refusal(Self.valid + again) == "n.yaml:2: teams: two teams are named 'etl-team'")
    }

    @Test func aFileWithoutTeamsIsRefused() {
        #expect(Self.refusal("queue: analytics\n") == "n.yaml:1: teams: is required")
    }

    @Test func invalidYAMLIsRefusedAtItsLine() {
        #expect(Self.refusal("teams:\n  - name: [unclosed\n").hasPrefix("n.yaml:"))
        #expect(Self.refusal("teams:\n  - name: [unclosed\n").contains("not valid YAML"))
    }
}
