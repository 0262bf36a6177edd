import Testing
@testable import SparkbookCluster

struct IdleTimeoutsTests {
    let timeouts = IdleTimeouts(idle: .seconds(60), cached: .seconds(600), shuffle: .seconds(30), shuffleTrackingActive: true)
    let start = ClockTime(milliseconds: 1000)

    @Test func rules() {
        #expect(timeouts.rule(holdsCache: false, holdsShuffle: false) == .plain(.seconds(60)))
        #expect(timeouts.rule(holdsCache: true, holdsShuffle: false) == .cached(.seconds(600)))
        #expect(timeouts.rule(holdsCache: false, holdsShuffle: true) == .shuffle(.seconds(30)))
        #expect(timeouts.rule(holdsCache: true, holdsShuffle: true) == .cachedAndShuffle(.seconds(30)))
    }

    @Test func deadlines() {
        #expect(timeouts.deadline(idleStart: nil, holdsCache: false, holdsShuffle: false) == .never)
        #expect(timeouts.deadline(idleStart: start, holdsCache: false, holdsShuffle: false) == start + .seconds(60))
        #expect(timeouts.deadline(idleStart: start, holdsCache: true, holdsShuffle: false) == start + .seconds(600))
    }

    @Test("from a config with a time scale")
    func fromConfig() throws {
        let config = try DynamicAllocationConfig(properties: ["spark.shuffle.service.enabled": "true"])
        let scaled = IdleTimeouts(config: config, scale: TimeScale(factor: 0.5))
        #expect(scaled.idle == .seconds(30))
        #expect(scaled.cached == .infinite)
        #expect(!scaled.shuffleTrackingActive)
    }

    @Test func ruleDescriptions() {
        #expect(IdleRule.plain(.seconds(60)).description == "idle 60s")
        #expect(IdleRule.cached(.infinite).description == "cached inf")
        #expect(IdleRule.cachedAndShuffle(.seconds(300)).description == "cached+shuffle 5min")
    }
}
