/// A calendar date and time computed arithmetically from Unix seconds (proleptic Gregorian).
///
/// Used for ids and timestamps on every run, where Foundation's date formatters would load ICU first.
public struct CivilDateTime: Hashable, Sendable {
    public let year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

    /// The civil time `seconds` after the Unix epoch, shifted by `offsetSeconds` (a time zone's offset).
    public init(unixSeconds seconds: Int64, offsetSeconds: Int = 0) {
        let local = seconds + Int64(offsetSeconds)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondOfDay = Int(local - days * 86_400)
        // Days to civil date (H. Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = Int(yearOfEra + era * 400 + (m <= 2 ? 1 : 0))
        month = Int(m)
        day = Int(d)
        hour = secondOfDay / 3_600
        minute = secondOfDay % 3_600 / 60
        second = secondOfDay % 60
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
