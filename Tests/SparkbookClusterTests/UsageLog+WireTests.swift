import Foundation
import Testing
@testable import SparkbookCluster

@Suite struct UsageLogWireTests {
    @Test func theWireFormReadsBackAsTheSameLog() throws {
        var manager = ResourceManager(description: ServiceFixtures.eightTeams)
        let a = try manager.submit(name: "a", queue: "team1", user: "alice", executorSize: ServiceFixtures.executor,
                                   executorNaming: .counting(from: 1), now: .zero)
        let b = try manager.submit(name: "b", queue: "team2", user: "bob", executorSize: ServiceFixtures.executor,
                                   executorNaming: .counting(from: 1), now: ClockTime(milliseconds: 5))
        manager.requestTotal(3, for: a, now: ClockTime(milliseconds: 10))
        manager.requestTotal(1, for: b, now: ClockTime(milliseconds: 10))
        manager.advance(now: ClockTime(milliseconds: 100))
        manager.report(busyExecutors: 2, pendingTasks: 7, of: a, now: ClockTime(milliseconds: 150))
        manager.finish(b, now: ClockTime(milliseconds: 200))
        let log = manager.usage
        #expect(!log.decisions.isEmpty && !log.samples.isEmpty)
        let text = OrderedJSON.object([(key: "log", value: log.wire)]).compact
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(UsageLog(wire: parsed["log"]) == log)
        #expect(UsageLog(wire: ["vcores": 1]) == nil)
    }
}
