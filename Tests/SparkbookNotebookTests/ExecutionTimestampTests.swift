import Foundation
import Testing
@testable import SparkbookNotebook

@Suite struct ExecutionTimestampTests {
    // 2024-05-05T18:20:24.123456Z
    let date = Date(timeIntervalSince1970: 1_714_933_224.123456)

    @Test func formatsLikeNbclientAndPapermill() {
        #expect(ExecutionTimestamp.nbclient(date) == "2024-05-05T18:20:24.123456Z")
        #expect(ExecutionTimestamp.papermill(date) == "2024-05-05T18:20:24.123456+00:00")
        let whole = Date(timeIntervalSince1970: 1_714_933_224)
        #expect(ExecutionTimestamp.papermill(whole) == "2024-05-05T18:20:24+00:00")
        #expect(ExecutionTimestamp.nbclient(whole) == "2024-05-05T18:20:24.000000Z")
    }

    @Test func parsesBothForms() throws {
        let parsed = try #require(ExecutionTimestamp.parse("2024-05-05T18:20:24.123456+00:00"))
        #expect(ExecutionTimestamp.nbclient(parsed) == "2024-05-05T18:20:24.123456Z")
        #expect(ExecutionTimestamp.parse("2024-05-05T18:20:24Z") == Date(timeIntervalSince1970: 1_714_933_224))
        #expect(ExecutionTimestamp.parse("yesterday") == nil)
    }

    @Test func durationHasMicrosecondResolution() {
        let end = date.addingTimeInterval(1.5)
        #expect(ExecutionTimestamp.duration(from: date, to: end) == 1.5)
    }
}
