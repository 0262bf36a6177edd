import Foundation
import SparkbookUtilities

/// The type and value of a partition directory's text, as Spark's PartitioningUtils infers them
/// (`spark.sql.sources.partitionColumnTypeInference.enabled`): int, then bigint, then a decimal without a
/// fraction, then double, then timestamp, then date, else string; a column takes the widest type its values
/// need, and `__HIVE_DEFAULT_PARTITION__` is null.
public enum PartitionValueInference {
    public static func type(of raw: String) -> DataType {
        if raw == PartitionPathEscaping.defaultPartitionName { return .null }
        if Int32(raw) != nil { return .integer }
        if Int64(raw) != nil { return .long }
        if isIntegralDecimal(raw) { return .decimal(precision: min(38, raw.filter(\.isNumber).count), scale: 0) }
        if isDouble(raw) { return .double }
        let text = PartitionPathEscaping.unescape(raw)
        if timestamp(text) != nil { return .timestamp }
        if date(text) != nil { return .date }
        return .string
    }

    /// The type a column of these raw values reads as.
    public static func columnType(_ raws: [String], inferTypes: Bool) -> DataType {
        guard inferTypes else { return .string }
        var result: DataType = .null
        for raw in raws { result = wider(result, type(of: raw)) }
        return result == .null ? .string : result
    }

    private static func wider(_ a: DataType, _ b: DataType) -> DataType {
        if a == b { return a }
        if a == .null { return b }
        if b == .null { return a }
        let numeric: [DataType] = [.integer, .long]
        switch (a, b) {
        case _ where numeric.contains(a) && numeric.contains(b): return .long
        case (.decimal(let p, _), .integer), (.integer, .decimal(let p, _)): return .decimal(precision: max(p, 10), scale: 0)
        case (.decimal(let p, _), .long), (.long, .decimal(let p, _)): return .decimal(precision: max(p, 20), scale: 0)
        case (.decimal(let p, _), .decimal(let q, _)): return .decimal(precision: max(p, q), scale: 0)
        case (.double, .integer), (.integer, .double), (.double, .long), (.long, .double), (.double, .decimal), (.decimal, .double):
            return .double
        case (.date, .timestamp), (.timestamp, .date): return .timestamp
        default: return .string
        }
    }

    /// The value of `raw` in a column of `type`.
    public static func value(_ raw: String, as type: DataType, sessionZone: TimeZone) -> Value {
        if raw == PartitionPathEscaping.defaultPartitionName { return .null }
        let text = PartitionPathEscaping.unescape(raw)
        switch type {
        case .integer: return Int32(text).map(Value.integer) ?? .null
        case .long: return Int64(text).map(Value.long) ?? .null
        case .double: return Double(text).map(Value.double) ?? .null
        case .decimal(let p, let s): return DecimalCast.decimal(from: .string(text), precision: p, scale: s).map(Value.decimal) ?? .null
        case .date: return date(text).map(Value.date) ?? .null
        case .timestamp:
            if let micros = timestamp(text, zone: sessionZone) { return .timestamp(micros) }
            return date(text).map { .timestamp(Int64($0) * 86_400_000_000 - Int64(sessionZone.secondsFromGMT()) * 1_000_000) } ?? .null
        default: return .string(text)
        }
    }

    private static func isIntegralDecimal(_ raw: String) -> Bool {
        let digits = raw.hasPrefix("-") ? raw.dropFirst() : Substring(raw)
        return !digits.isEmpty && digits.count <= 38 && digits.allSatisfy(\.isASCIIDigitCharacter)
    }

    private static func isDouble(_ raw: String) -> Bool {
        guard let value = Double(raw), value.isFinite else { return false }
        return raw.allSatisfy { "0123456789.-+eE".contains($0) }
    }

    /// `yyyy-MM-dd` exactly (Spark formats the date back and requires the same text).
    static func date(_ text: String) -> Int32? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), (1...31).contains(d) else { return nil }
        guard d <= CivilCalendar.daysInMonth(y, m) else { return nil }
        return Int32(CivilCalendar.days(year: y, month: m, day: d))
    }

    /// `yyyy-MM-dd HH:mm:ss[.S...]` in the session zone, microseconds since the epoch.
    static func timestamp(_ text: String, zone: TimeZone = TimeZone(identifier: "UTC")!) -> Int64? {
        let halves = text.split(separator: " ", maxSplits: 1)
        guard halves.count == 2, let day = date(String(halves[0])) else { return nil }
        let clock = halves[1].split(separator: ".", maxSplits: 1)
        let hms = clock[0].split(separator: ":")
        guard hms.count == 3, hms.allSatisfy({ $0.count == 2 }), let h = Int(hms[0]), let mi = Int(hms[1]), let s = Int(hms[2]),
              h < 24, mi < 60, s < 60 else { return nil }
        var micros = 0
        if clock.count == 2 {
            let fraction = clock[1]
            guard !fraction.isEmpty, fraction.count <= 9, fraction.allSatisfy(\.isASCIIDigitCharacter) else { return nil }
            micros = Int(String(fraction.prefix(6)).padding(toLength: 6, withPad: "0", startingAt: 0)) ?? 0
        }
        let local = Int64(day) * 86_400 + Int64(h * 3600 + mi * 60 + s)
        let offset = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local))))
        return (local - offset) * 1_000_000 + Int64(micros)
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
