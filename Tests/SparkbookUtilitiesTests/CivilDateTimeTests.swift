import Foundation
import SparkbookUtilities
import Testing

@Suite struct CivilDateTimeTests {
    @Test func knownInstants() {
        #expect(CivilDateTime(unixSeconds: 0).isoDateTime == "1970-01-01T00:00:00")
        #expect(CivilDateTime(unixSeconds: -1).isoDateTime == "1969-12-31T23:59:59")
        #expect(CivilDateTime(unixSeconds: 951_782_400).isoDateTime == "2000-02-29T00:00:00")
        #expect(CivilDateTime(unixSeconds: 1_714_933_224).isoDateTime == "2024-05-05T18:20:24")
        #expect(CivilDateTime(unixSeconds: 1_714_933_224).compact == "20240505182024")
        #expect(CivilDateTime(unixSeconds: 1_714_933_224, offsetSeconds: 19_800).isoDateTime == "2024-05-05T23:50:24")
    }

    /// The arithmetic agrees with Foundation's formatter over a spread of instants, 1900 to 2100.
    @Test func agreesWithFoundation() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        var seconds: Int64 = -2_208_988_800
        while seconds < 4_102_444_800 {
            let expected = String(formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds))).dropLast())
            #expect(CivilDateTime(unixSeconds: seconds).isoDateTime == expected)
            seconds += 7_919_993  // about three months, a prime so times of day vary
        }
    }
}
