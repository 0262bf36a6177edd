import Foundation
import SparkbookUtilities

/// Java `DateTimeFormatter` patterns as Spark uses them (`yyyy-MM-dd HH:mm:ss`), for `date_format`,
/// `to_date` and `to_timestamp`: letters y M d H h m s S E a, quoted literals, everything else literal.
struct DateTimePattern: Sendable {
    enum Token: Sendable, Equatable {
        case field(Character, Int)
        case literal(String)
    }

    let tokens: [Token]

    init(_ pattern: String) throws {
        var tokens: [Token] = []
        var chars = Array(pattern)[...]
        while let c = chars.first {
            if c == "'" {
                chars = chars.dropFirst()
                var text = ""
                while let d = chars.first, d != "'" { text.append(d); chars = chars.dropFirst() }
                chars = chars.dropFirst()
                tokens.append(.literal(text.isEmpty ? "'" : text))
            } else if c.isLetter {
                guard "yMdHhmsSEaDu".contains(c) else {
                    throw SparkError(.illegalArgument, errorClass: "INVALID_DATETIME_PATTERN.ILLEGAL_CHARACTER",
                                     message: "Illegal pattern character found in datetime pattern: \(c). Please provide legal character.",
                                     sqlState: "22007")
                }
                let run = chars.prefix { $0 == c }.count
                tokens.append(.field(c, run))
                chars = chars.dropFirst(run)
            } else {
                tokens.append(.literal(String(c)))
                chars = chars.dropFirst()
            }
        }
        self.tokens = tokens
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    func format(_ t: WallDateTime) -> String {
        var out = ""
        func padded(_ v: Int, _ n: Int) -> String { v.zeroPadded(to: n) }
        for token in tokens {
            switch token {
            case .literal(let s): out += s
            case .field(let c, let n):
                switch c {
                case "y", "u": out += n == 2 ? padded(t.year % 100, 2) : padded(t.year, n)
                case "M":
                    out += n >= 4 ? Self.monthNames[t.month - 1] : n == 3 ? String(Self.monthNames[t.month - 1].prefix(3)) : padded(t.month, n)
                case "d": out += padded(t.day, n)
                case "D": out += padded(t.dayOfYear, n)
                case "H": out += padded(t.hour, n)
                case "h": out += padded(t.hour % 12 == 0 ? 12 : t.hour % 12, n)
                case "m": out += padded(t.minute, n)
                case "s": out += padded(t.second, n)
                case "S": out += String(padded(t.micros, 6).prefix(n))
                case "E": out += n >= 4 ? Self.dayNames[t.isoWeekday - 1] : String(Self.dayNames[t.isoWeekday - 1].prefix(3))
                case "a": out += t.hour < 12 ? "AM" : "PM"
                default: break
                }
            }
        }
        return out
    }

    /// Parses text that matches the pattern exactly; nil otherwise (Spark then yields null).
    func parse(_ text: String) -> WallDateTime? {
        var chars = Array(text)[...]
        var t = WallDateTime(year: 1970, month: 1, day: 1)
        var pm: Bool?
        for (i, token) in tokens.enumerated() {
            switch token {
            case .literal(let s):
                guard chars.starts(with: s) else { return nil }
                chars = chars.dropFirst(s.count)
            case .field(let c, let n):
                // A field followed by another field reads exactly n digits; otherwise as many as present.
                let adjacent = i + 1 < tokens.count && { if case .field = tokens[i + 1] { true } else { false } }()
                if c == "a" {
                    let word = String(chars.prefix(2)).uppercased()
                    guard word == "AM" || word == "PM" else { return nil }
                    pm = word == "PM"; chars = chars.dropFirst(2); continue
                }
                if c == "M", n >= 3 {
                    guard let m = Self.monthNames.firstIndex(where: { name in
                        let key = n == 3 ? String(name.prefix(3)) : name
                        return String(chars.prefix(key.count)).lowercased() == key.lowercased()
                    }) else { return nil }
                    chars = chars.dropFirst(n == 3 ? 3 : Self.monthNames[m].count); t.month = m + 1; continue
                }
                if c == "E" { chars = chars.drop { $0.isLetter }; continue }
                let maxDigits = adjacent ? n : (c == "y" && n != 2 ? 9 : (c == "S" ? 9 : max(n, 2)))
                let digits = chars.prefix(maxDigits).prefix { $0.isASCII && $0.isNumber }
                guard !digits.isEmpty, digits.count >= (n > 1 && c != "y" ? n : 1) || c == "S",
                      let v = Int(String(digits)) else { return nil }
                chars = chars.dropFirst(digits.count)
                switch c {
                case "y", "u": t.year = n == 2 ? 2000 + v : v
                case "M": t.month = v
                case "d": t.day = v
                case "H", "h": t.hour = v
                case "m": t.minute = v
                case "s": t.second = v
                case "S":
                    var micros = v
                    for _ in digits.count..<6 where digits.count < 6 { micros *= 10 }
                    t.micros = digits.count > 6 ? Int(String(digits.prefix(6)))! : micros
                default: break
                }
            }
        }
        guard chars.isEmpty else { return nil }
        if let pm { t.hour = t.hour % 12 + (pm ? 12 : 0) }
        guard (1...12).contains(t.month), (1...CivilCalendar.daysInMonth(t.year, t.month)).contains(t.day),
              (0...23).contains(t.hour), (0...59).contains(t.minute), (0...59).contains(t.second) else { return nil }
        return t
    }
}
