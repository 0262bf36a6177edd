import Foundation
import SparkbookUtilities

/// How Spark's text writers spell values: Java doubles and decimals, ISO dates, timestamps as
/// `yyyy-MM-dd'T'HH:mm:ss.SSSXXX` in the session time zone.
public enum WriterValueText {
    public static func text(_ value: Value, sessionTimeZone: String, formats: WriterDateFormats = .init()) -> String {
        switch value {
        case .timestamp(let micros) where formats.timestamp != nil:
            return formats.timestamp!.format(SessionZone.civil(micros, sessionTimeZone))
        case .date(let days) where formats.date != nil:
            return formats.date!.format(WallDateTime(days: Int64(days)))
        case .timestamp(let micros):
            let offset = SessionZone.offset(micros: micros, zone: sessionTimeZone)
            let t = WallDateTime(micros: micros, offsetSeconds: offset)
            let millis = String(t.micros / 1000)
            var zone = "Z"
            if offset != 0 {
                let a = Swift.abs(offset)
                zone = (offset < 0 ? "-" : "+") + DateTimeText.two(a / 3600) + ":" + DateTimeText.two(a / 60 % 60)
            }
            return DateTimeText.date(t) + "T" + DateTimeText.two(t.hour) + ":" + DateTimeText.two(t.minute) + ":"
                + DateTimeText.two(t.second) + "." + String(repeating: "0", count: 3 - millis.count) + millis + zone
        // Spark writes a decimal's Java `toString` (scientific below 1E-6), unlike `CAST` to string.
        case .decimal(let d): return d.javaText
        default:
            return ValueCast.sqlText(value, sessionTimeZone: sessionTimeZone)
        }
    }
}
