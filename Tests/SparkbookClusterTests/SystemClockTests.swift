import Foundation
import Testing
@testable import SparkbookCluster

struct SystemClockTests {
    @Test func monotonicFromZero() {
        let clock = SystemClock()
        let first = clock.now
        Thread.sleep(forTimeInterval: 0.02)
        let second = clock.now
        #expect(first >= .zero)
        #expect(second.milliseconds - first.milliseconds >= 15)
    }
}
