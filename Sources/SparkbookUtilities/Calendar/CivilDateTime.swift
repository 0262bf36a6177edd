/// A calendar date and time computed arithmetically from Unix seconds (proleptic Gregorian).
///
/// Used for ids and timestamps on every run, where Foundation's date formatters would load ICU first.
public struct CivilDateTime: Hashable, Sendable {
    public let year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

    /// The civil time `seconds` after the Unix epoch, shifted by `offsetSeconds` (a time zone's offset).
    public init(unixSeconds seconds: Int64, offsetSeconds: Int = 0) {
        let local = seconds + Int64(offsetSeconds)
        let (days, secondOfDay) = CivilCalendar.floorDivide(local, 86_400)
        let date = CivilCalendar.date(daysSinceEpoch: days)
        year = date.year
        month = date.month
        day = date.day
        hour = Int(secondOfDay) / 3_600
        minute = Int(secondOfDay) % 3_600 / 60
        second = Int(secondOfDay) % 60
    }

    /// `2024-05-05T18:20:24` (no zone).
    public var isoDateTime: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
    }

    /// `20240505182024`, as Spark's application ids spell it.
    public var compact: String {
        "\(pad(year, 4))\(pad(month, 2))\(pad(day, 2))\(pad(hour, 2))\(pad(minute, 2))\(pad(second, 2))"
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
