import Foundation
import SparkbookUtilities

extension SparkDateTimeParsing {
    /// A read position in the bytes of one date or timestamp field.
    struct Cursor {
        let bytes: UnsafeRawBufferPointer
        var index: Int
        let end: Int

        var atEnd: Bool { index >= end }
        var peek: UInt8? { index < end ? bytes[index] : nil }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < end, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// A time alone (`10:00:00`) has its first `:` before any `-`.
        func hasColonBeforeDash() -> Bool {
            var i = index
            while i < end {
                if bytes[i] == UInt8(ascii: ":") { return true }
                if bytes[i] &- UInt8(ascii: "0") >= 10 { return false }
                i += 1
            }
            return false
        }

        mutating func number(minDigits: Int, maxDigits: Int) -> Int? {
            var value = 0
            var count = 0
            while index < end, count < maxDigits + 1 {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                value = value * 10 + Int(digit)
                count += 1
                index += 1
            }
            guard count >= minDigits, count <= maxDigits else { return nil }
            return value
        }

        /// `[+-]yyyy[-m[m][-d[d]]]`, validated; with `strictShape` exactly `yyyy-MM-dd`.
        mutating func dateFields(strictShape: Bool, requireDay: Bool) -> (year: Int, month: Int, day: Int)? {
            var sign = 1
            if !strictShape, let first = peek, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
                sign = first == UInt8(ascii: "-") ? -1 : 1
                index += 1
            }
            // Java's `yyyy` takes more than 4 digits only after a sign, which the strict shape does not allow.
            guard let year = number(minDigits: 4, maxDigits: strictShape ? 4 : 6) else { return nil }
            var month = 1
            var day = 1
            if take(UInt8(ascii: "-")) {
                guard let m = number(minDigits: strictShape ? 2 : 1, maxDigits: 2), (1...12).contains(m) else {
                    return nil
                }
                month = m
                if take(UInt8(ascii: "-")) {
                    guard let d = number(minDigits: strictShape ? 2 : 1, maxDigits: 2) else { return nil }
                    day = d
                } else if requireDay {
                    return nil
                }
            } else if requireDay {
                return nil
            }
            let signedYear = sign * year
            guard day >= 1, day <= CivilCalendar.daysInMonth(signedYear, month) else { return nil }
            return (signedYear, month, day)
        }

        /// Up to 9 fraction digits, truncated to microseconds.
        mutating func fractionMicros() -> Int {
            var micros = 0
            var count = 0
            while index < end, bytes[index] &- UInt8(ascii: "0") < 10 {
                if count < 6 { micros = micros * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }
                count += 1
                index += 1
            }
            while count < 6 { micros *= 10; count += 1 }
            return micros
        }

        /// The zone suffix as seconds east of UTC at the given date: `Z`, `[ ](+|-)hh[:mm]`, `UTC`, `GMT`, region ids.
        mutating func zoneOffset(at date: (year: Int, month: Int, day: Int)) -> Int? {
            _ = take(UInt8(ascii: " "))
            guard let first = peek else { return nil }
            if first == UInt8(ascii: "Z"), index + 1 == end { return 0 }
            if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
                index += 1
                let sign = first == UInt8(ascii: "-") ? -1 : 1
                guard let hours = number(minDigits: 1, maxDigits: 2), hours <= 18 else { return nil }
                var minutes = 0
                if take(UInt8(ascii: ":")) || (peek != nil) {
                    guard let m = number(minDigits: 2, maxDigits: 2), m < 60 else { return nil }
                    minutes = m
                }
                guard atEnd else { return nil }
                return sign * (hours * 3600 + minutes * 60)
            }
            let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            guard let zone = TimeZone(identifier: name) ?? TimeZone(abbreviation: name) else { return nil }
            let noon = Double(CivilCalendar.days(year: date.year, month: date.month, day: date.day)) * 86_400 + 43_200
            return zone.secondsFromGMT(for: Date(timeIntervalSince1970: noon))
        }
    }
}
