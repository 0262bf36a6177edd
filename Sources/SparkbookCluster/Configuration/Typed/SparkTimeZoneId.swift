import Foundation

/// Which `spark.sql.session.timeZone` values resolve, as Java's `ZoneId.of` resolves them: a region id the
/// time-zone database knows (`Europe/Paris`, `UTC`), or an offset within ±18:00 (`+02:00`, `GMT+1`).
enum SparkTimeZoneId {
    static func isValid(_ text: String) -> Bool {
        if TimeZone(identifier: text) != nil { return true }
        var rest = Substring(text)
        for prefix in ["UTC", "GMT", "UT"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        guard let sign = rest.first, sign == "+" || sign == "-" else { return false }
        let parts = rest.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }),
              let hours = Int(parts[0]), hours <= 18 else { return false }
        let minutes = parts.count > 1 ? Int(parts[1]) ?? 99 : 0
        let seconds = parts.count > 2 ? Int(parts[2]) ?? 99 : 0
        guard minutes < 60, seconds < 60 else { return false }
        return hours < 18 || (minutes == 0 && seconds == 0)
    }
}
