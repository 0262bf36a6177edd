/// A time of day as Spark writes a `time(6)` value: `HH:mm:ss[.fraction]`, the fraction without trailing zeros
/// (`06:30:45.887`); one text for `show()` and casts alike.
public enum TimeOfDayText {
    public static func text(_ micros: Int64) -> String {
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : String(v) }
        let seconds = micros / 1_000_000, fraction = micros % 1_000_000
        var text = two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60)
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 6 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text
    }
}
