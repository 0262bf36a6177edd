import Testing
@testable import SparkbookEngine

/// A map task's states of a group are summed on their own before they meet the group's state, and the table
/// empties for the next batch.
struct MapTaskPartialsTests {
    static let calls: [TypedAggregationPlan.Call] = [.countRows, .sumDouble, .average]

    static func states(groups: Int) -> TypedAggregateStates {
        var states = TypedAggregateStates(calls: calls, aggregateCalls: [
            AggregateCall(function: .count, input: nil),
            AggregateCall(function: .sum, input: .column(index: 0, type: .double)),
            AggregateCall(function: .avg, input: .column(index: 0, type: .double)),
        ])
        states.addGroups(upTo: groups)
        return states
    }

    @Test func onlyDoubleSumsFoldHere() {
        #expect(MapTaskPartials(calls: Self.calls).folds == [false, true, true])
        #expect(!MapTaskPartials(calls: [.countRows, .sumLong, .minimum]).isNeeded)
    }

    @Test func aGroupsStatesAreSummedBeforeTheyMeetItsState() {
        var states = Self.states(groups: 2)
        states.doubleSums[1][0] = 0.1
        states.seen[1][0] = true
        let partials = MapTaskPartials(calls: Self.calls)
        let e = partials.entry(of: 0)
        #expect(partials.entry(of: 1) != e)
        #expect(partials.entry(of: 0) == e)
        partials.add(1, entry: e, 0.2)
        partials.add(1, entry: partials.entry(of: 0), 0.3)
        partials.flush(into: &states)
        // 0.1 + (0.2 + 0.3) is 0.6; (0.1 + 0.2) + 0.3 would be 0.6000000000000001.
        #expect(states.doubleSums[1][0] == 0.1 + (0.2 + 0.3))
        #expect(states.doubleSums[1][0] != (0.1 + 0.2) + 0.3)
        // Group 1 had an entry but no valid state: its sum stays null.
        #expect(!states.seen[1][1])
        #expect(partials.count == 0)
    }

    @Test func manyGroupsGrowTheTableAndAFlushEmptiesIt() {
        var states = Self.states(groups: 5_000)
        let partials = MapTaskPartials(calls: Self.calls)
        for round in 0..<2 {
            for g in stride(from: Int32(4_999), through: 0, by: -1) {
                partials.add(2, entry: partials.entry(of: g), Double(g))
                partials.add(2, entry: partials.entry(of: g), 0.5)
            }
            #expect(partials.count == 5_000)
            partials.flush(into: &states)
            #expect(partials.count == 0)
            #expect(states.doubleSums[2][4_321] == Double(round + 1) * (4_321 + 0.5))
        }
    }
}
