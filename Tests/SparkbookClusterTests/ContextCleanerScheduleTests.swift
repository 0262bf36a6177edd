import Testing
@testable import SparkbookCluster

/// The ContextCleaner's schedule: an unreferenced shuffle goes at the next periodic GC counted from the
/// application's start, never with reference tracking off.
struct ContextCleanerScheduleTests {
    @Test func anUnreferencedShuffleIsCleanedAtTheNextPeriodicGCFromTheStart() {
        var cleaner = ContextCleanerSchedule(periodicGCInterval: .seconds(30))
        cleaner.start(at: .init(milliseconds: 5_000))
        cleaner.shuffleUnreferenced(3, now: .init(milliseconds: 12_000))
        cleaner.shuffleUnreferenced(1, now: .init(milliseconds: 34_000))
        #expect(cleaner.nextCleaning == .init(milliseconds: 35_000))
        #expect(cleaner.clean(now: .init(milliseconds: 34_999)).isEmpty)
        #expect(cleaner.clean(now: .init(milliseconds: 35_000)) == [1, 3])
        #expect(cleaner.nextCleaning == .never)
    }

    @Test func aShuffleUnreferencedAtAGCRoundWaitsForTheNextOne() {
        var cleaner = ContextCleanerSchedule(periodicGCInterval: .seconds(10))
        cleaner.start(at: .zero)
        cleaner.shuffleUnreferenced(0, now: .init(milliseconds: 10_000))
        #expect(cleaner.nextCleaning == .init(milliseconds: 20_000))
        cleaner.shuffleUnreferenced(0, now: .init(milliseconds: 25_000))  // already pending: unchanged
        #expect(cleaner.clean(now: .init(milliseconds: 20_000)) == [0])
    }

    @Test func withoutReferenceTrackingNothingIsEverCleaned() {
        var cleaner = ContextCleanerSchedule(periodicGCInterval: .seconds(10), referenceTracking: false)
        cleaner.shuffleUnreferenced(0, now: .zero)
        #expect(cleaner.nextCleaning == .never)
        #expect(cleaner.clean(now: .init(milliseconds: 1_000_000)).isEmpty)
    }

    @Test func settingsAreReadInSecondsAndScaledLikeEveryTimeout() throws {
        let defaults = try ContextCleanerSchedule(properties: [:], scale: .realTime)
        #expect(defaults.periodicGCInterval == .seconds(1800))
        #expect(defaults.referenceTracking)
        let scaled = try ContextCleanerSchedule(
            properties: [ContextCleanerSchedule.periodicGCIntervalKey: "10min",
                         ContextCleanerSchedule.referenceTrackingKey: "false"],
            scale: TimeScale(factor: 0.02))
        #expect(scaled.periodicGCInterval == .seconds(12))
        #expect(!scaled.referenceTracking)
        #expect(throws: ConfigError.self) {
            try ContextCleanerSchedule(properties: [ContextCleanerSchedule.referenceTrackingKey: "yes"], scale: .realTime)
        }
    }
}
