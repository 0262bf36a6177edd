import Foundation
import SparkbookUtilities

/// Spark's default (pattern-less) date and timestamp parsing, straight from bytes.
///
/// Timestamps follow `DateTimeUtils.stringToTimestamp`: `[+-]yyyy[-[m]m[-[d]d]][( |T)[h]h[:[m]m[:[s]s[.f...]]]][zone]`
/// (year 4 to 6 digits, fraction truncated to microseconds, zone `Z`, `+hh[:mm]`, `UTC`, `GMT`, or a region id),
/// a time alone (`10:00:00`) meaning today. Without a zone the wall time is in the session time zone.
/// Dates follow `stringToDate` when reading (the day may be followed by a space or `T` and anything) and the
/// strict `yyyy-MM-dd` pattern when inferring, which is why `2024-1-5` infers as a timestamp, not a date.
public struct SparkDateTimeParsing {
    public let sessionZone: TimeZone
    private let fixedOffset: Int?
    private var cachedHour = Int64.min
    private var cachedOffset = 0

    public init(sessionZone: TimeZone) {
        self.sessionZone = sessionZone
        let probe = Date(timeIntervalSince1970: 0)
        let summer = Date(timeIntervalSince1970: 15_552_000)
        let offset = sessionZone.secondsFromGMT(for: probe)
        fixedOffset = sessionZone.nextDaylightSavingTimeTransition(after: probe) == nil
            && sessionZone.secondsFromGMT(for: summer) == offset ? offset : nil
    }

    /// Microseconds since the epoch, or `nil` when Spark's lenient parser would fail.
    public mutating func parseTimestamp(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        var lo = 0
        var hi = bytes.count
        while lo < hi, bytes[lo] <= 0x20 { lo += 1 }
        while hi > lo, bytes[hi - 1] <= 0x20 { hi -= 1 }
        guard lo < hi else { return nil }
        var cursor = Cursor(bytes: bytes, index: lo, end: hi)
        var fields = (year: 1970, month: 1, day: 1)
        var timeOnly = cursor.peek == UInt8(ascii: "T") || cursor.hasColonBeforeDash()
        if cursor.peek == UInt8(ascii: "T") { cursor.index += 1; timeOnly = true }
        if !timeOnly {
            guard let date = cursor.dateFields(strictShape: false, requireDay: false) else { return nil }
            fields = date
        } else {
            let today = Calendar.utcGregorian.dateComponents(in: sessionZone, from: Date())
            fields = (today.year ?? 1970, today.month ?? 1, today.day ?? 1)
        }
        var hour = 0, minute = 0, second = 0, micros = 0
        var zoneOffset: Int?
        if !cursor.atEnd {
            if !timeOnly {
                guard cursor.peek == UInt8(ascii: " ") || cursor.peek == UInt8(ascii: "T") else { return nil }
                cursor.index += 1
            }
            guard let h = cursor.number(minDigits: 1, maxDigits: 2), h < 24 else { return nil }
            hour = h
            if cursor.take(UInt8(ascii: ":")) {
                guard let m = cursor.number(minDigits: 1, maxDigits: 2), m < 60 else { return nil }
                minute = m
                if cursor.take(UInt8(ascii: ":")) {
                    guard let s = cursor.number(minDigits: 1, maxDigits: 2), s < 60 else { return nil }
                    second = s
                    if cursor.take(UInt8(ascii: ".")) { micros = cursor.fractionMicros() }
                }
            }
            if !cursor.atEnd {
                guard let offset = cursor.zoneOffset(at: fields) else { return nil }
                zoneOffset = offset
            }
        }
        let days = Int64(CivilCalendar.days(year: fields.year, month: fields.month, day: fields.day))
        let wall = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        let offset = zoneOffset ?? sessionOffset(wallSeconds: wall)
        return (wall - Int64(offset)) * 1_000_000 + Int64(micros)
    }

    /// Days since the epoch with `stringToDate`'s leniency (reading) or the strict `yyyy-MM-dd` pattern (inferring).
    public static func parseDate(_ bytes: UnsafeRawBufferPointer, strict: Bool) -> Int32? {
        var lo = 0
        var hi = bytes.count
        if !strict {
            while lo < hi, bytes[lo] <= 0x20 { lo += 1 }
            while hi > lo, bytes[hi - 1] <= 0x20 { hi -= 1 }
        }
        guard lo < hi else { return nil }
        var cursor = Cursor(bytes: bytes, index: lo, end: hi)
        guard let date = cursor.dateFields(strictShape: strict, requireDay: strict) else { return nil }
        if !cursor.atEnd {
            guard !strict, cursor.peek == UInt8(ascii: " ") || cursor.peek == UInt8(ascii: "T") else { return nil }
        }
        return Int32(CivilCalendar.days(year: date.year, month: date.month, day: date.day))
    }

    /// The session zone's offset for a wall-clock time, cached per hour because zone rules change rarely.
    private mutating func sessionOffset(wallSeconds: Int64) -> Int {
        if let fixedOffset { return fixedOffset }
        let hour = wallSeconds / 3600
        if hour == cachedHour { return cachedOffset }
        let guess = sessionZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wallSeconds)))
        let actual = sessionZone.secondsFromGMT(
            for: Date(timeIntervalSince1970: TimeInterval(wallSeconds - Int64(guess))))
        cachedHour = hour
        cachedOffset = actual
        return actual
    }
}

extension Calendar {
    static let utcGregorian: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
