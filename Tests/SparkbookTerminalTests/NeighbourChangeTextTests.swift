@testable import SparkbookCluster
import SparkbookTerminal
import Testing

@Suite struct NeighbourChangeTextTests {
    static let team = NeighbourTeam(name: "etl-team", queue: "etl", user: "etl-bot", jobs: [])
    static let total = Resources(vcores: 20, memoryMiB: 0)

    static func change(_ ms: Int64, _ kind: TimelineEntry.Kind, executors: Int, inUse: Int,
                       rules: [IdleRule] = []) -> NeighbourChange {
        NeighbourChange(TimelineEntry(time: .zero + .milliseconds(ms), kind: kind, executors: executors, target: nil,
                                      idleRules: rules),
                        team: team, inUse: Resources(vcores: inUse, memoryMiB: 0), total: total)!
    }

    static let changes = [
        change(6100, .executorsAdded(["1", "2", "3", "4"]), executors: 4, inUse: 20),
        change(39_500, .executorsAdded(["5", "6", "7", "8", "9", "10", "11", "12"]), executors: 12, inUse: 12),
        change(46_800, .executorsRemoved(["1", "2"], label: "-2 idle 1.2s"), executors: 10, inUse: 10,
               rules: [.plain(.milliseconds(1200)), .plain(.milliseconds(1200))]),
        change(47_000, .executorsRemoved(["3"], label: "-1 preempted"), executors: 9, inUse: 9),
    ]

    @Test func aChangeSaysTheTeamTheDeltaTheCauseAndHowFullTheClusterIs() {
        #expect(NeighbourChangeText.line(Self.changes[0]) == "etl-team +4 granted (4 now; 20/20 cores in use)")
        #expect(NeighbourChangeText.line(Self.changes[2]) == "etl-team -2 released (10 now; 10/20 cores in use)")
        #expect(NeighbourChangeText.line(Self.changes[3]) == "etl-team -1 preempted (9 now; 9/20 cores in use)")
    }

    @Test func requestsChangeNoExecutorsAndAreNotShown() {
        let request = TimelineEntry(time: .zero, kind: .targetChanged(TargetChange(target: 2, previousTarget: 0, reason: .initial)),
                                    executors: 0, target: 2)
        #expect(NeighbourChange(request, team: Self.team, inUse: .zero, total: Self.total) == nil)
    }

    @Test func whatTheTeamsDidBetweenCellsIsOneLinePerTeam() {
        #expect(NeighbourChangeText.summary(Self.changes) == ["etl-team: +12 granted, -2 released, -1 preempted; 9 now"])
        #expect(NeighbourChangeText.summary([]).isEmpty)
    }

    @Test func runsTimelineListsTheChangesWithTheirTimesUpToALimit() {
        #expect(NeighbourChangeText.section(Self.changes, limit: 2) == """

            Neighbours' executors (beside this notebook's):
                6.1s  etl-team +4 granted (4 now; 20/20 cores in use)
               39.5s  etl-team +8 granted (12 now; 12/20 cores in use)
              … 2 more changes

            """)
        #expect(NeighbourChangeText.section([]) == "")
    }
}
