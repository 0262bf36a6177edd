import Foundation
import SparkbookUtilities

/// Session time zone offsets for wall-clock conversions.
enum SessionZone {
    static func offset(micros: Int64, zone: String) -> Int {
        guard zone != "UTC", let tz = TimeZone(identifier: zone) else { return 0 }
        return tz.secondsFromGMT(for: Date(timeIntervalSince1970: Double(micros) / 1_000_000))
    }

    /// The UTC instant of a wall-clock time in the zone, resolved as `java.time` does: in an overlap the earlier
    /// instant, in a gap (spring forward) the time shifted later by the gap's length.
    static func instant(wallMicros: Int64, zone: String) -> Int64 {
        guard zone != "UTC", let tz = TimeZone(identifier: zone) else { return wallMicros }
        func offset(_ micros: Int64) -> Int64 {
            Int64(tz.secondsFromGMT(for: Date(timeIntervalSince1970: Double(micros) / 1_000_000))) * 1_000_000
        }
        let day: Int64 = 86_400_000_000
        let before = offset(wallMicros - day), after = offset(wallMicros + day)
        let valid = [before, after].filter { offset(wallMicros - $0) == $0 }
        // Both valid in an overlap: the larger offset is the earlier instant. Neither valid in a gap.
        return wallMicros - (valid.max() ?? before)
    }

    static func civil(_ micros: Int64, _ zone: String) -> WallDateTime {
        WallDateTime(micros: micros, offsetSeconds: offset(micros: micros, zone: zone))
    }
}
