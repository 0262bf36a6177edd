import Foundation
import SparkbookUtilities

/// Spark 4's `time(6)` values: microseconds since midnight, read from `H[H]:mm[:ss[.fraction]]` (a fraction of up
/// to nine digits, kept to the microsecond) and written `HH:mm:ss[.fraction]`, the fraction without trailing zeros.
public enum TimeOfDay {
    public static let microsPerDay: Int64 = 86_400_000_000

    public static func parse(_ text: String) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), (1...2).contains(parts[0].count), parts[1].count == 2,
              let hour = Int64(parts[0]), let minute = Int64(parts[1]), hour < 24, minute < 60 else { return nil }
        var micros = (hour * 3600 + minute * 60) * 1_000_000
        if parts.count == 3 {
            let seconds = parts[2].split(separator: ".", omittingEmptySubsequences: false)
            guard seconds[0].count == 2, let whole = Int64(seconds[0]), whole < 60, seconds.count <= 2 else { return nil }
            micros += whole * 1_000_000
            if seconds.count == 2 {
                let fraction = seconds[1]
                guard (1...9).contains(fraction.count), fraction.allSatisfy(\.isNumber), let digits = Int64(fraction.prefix(6)) else {
                    return nil
                }
                micros += digits * [100_000, 10_000, 1_000, 100, 10, 1][min(fraction.count, 6) - 1]
            }
        }
        return micros
    }

    public static func text(_ micros: Int64) -> String { TimeOfDayText.text(micros) }
}
