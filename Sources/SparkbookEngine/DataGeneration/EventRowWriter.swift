import Foundation
import SparkbookUtilities

/// Draws and formats one event row at a time for `EventsGenerator`, without `String` formatting.
struct EventRowWriter {
    var random: SplitMix64
    let dirty: Bool
    let countryCumulative: [Double]
    let deviceCumulative: [Double]

    init(seed: UInt64, dirty: Bool) {
        random = SplitMix64(seed: seed)
        self.dirty = dirty
        let countryWeights = (0..<EventsGenerator.countries.count).map { 1 / pow(Double($0 + 1), 0.9) }
        countryCumulative = EventRowWriter.cumulative(countryWeights)
        deviceCumulative = EventRowWriter.cumulative(EventsGenerator.deviceWeights)
    }

    static func cumulative(_ weights: [Double]) -> [Double] {
        let total = weights.reduce(0, +)
        var running = 0.0
        return weights.map { running += $0 / total; return running }
    }

    mutating func pick(_ cumulative: [Double]) -> Int {
        let u = random.nextUnit()
        for (index, bound) in cumulative.enumerated() where u < bound { return index }
        return cumulative.count - 1
    }

    mutating func appendRow(id: Int, forcedGroup: Int?, to out: inout [UInt8]) {
        let seconds = EventsGenerator.startSeconds + Int64(random.next(below: Int(EventsGenerator.yearSeconds)))
        var country = pick(countryCumulative)
        var device = pick(deviceCumulative)
        if let forcedGroup {
            country = forcedGroup / EventsGenerator.devices.count
            device = forcedGroup % EventsGenerator.devices.count
        }
        // Log-normal amount in cents: exp(ln 40 + 1.0 * z), z standard normal (Box-Muller).
        let u1 = max(random.nextUnit(), 1e-12)
        let u2 = random.nextUnit()
        let z = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        let cents = min(99_999, max(50, Int((exp(log(40.0) + z) * 100).rounded())))
        let flaw = dirty && forcedGroup == nil && random.nextUnit() < 0.03 ? random.next(below: 6) : -1

        appendInt(id, to: &out)
        out.append(0x2C)
        if flaw == 4 {
            out.append(contentsOf: random.next(below: 2) == 0 ? Array("2024-13-45 25:61:00".utf8) : Array("not a time".utf8))
        } else {
            appendTimestamp(seconds, to: &out)
        }
        out.append(0x2C)
        if flaw == 3 {
            out.append(contentsOf: Array("\"\(EventsGenerator.countries[country]), East\"".utf8))
        } else {
            out.append(contentsOf: EventsGenerator.countries[country].utf8)
        }
        if flaw == 2 {
            out.append(0x0A) // short row: device and amount missing
            return
        }
        out.append(0x2C)
        out.append(contentsOf: EventsGenerator.devices[device].utf8)
        out.append(0x2C)
        switch flaw {
        case 0: break // missing amount
        case 1: out.append(contentsOf: Array("N/A".utf8))
        case 5: out.append(contentsOf: Array("12.5.0".utf8))
        default: appendCents(cents, to: &out)
        }
        out.append(0x0A)
    }

    func appendInt(_ value: Int, to out: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var v = value
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(v % 10) + 0x30
                v /= 10
                count += 1
            } while v > 0
            for k in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[k]) }
        }
    }

    func appendTwoDigits(_ value: Int, to out: inout [UInt8]) {
        out.append(UInt8(value / 10) + 0x30)
        out.append(UInt8(value % 10) + 0x30)
    }

    func appendCents(_ cents: Int, to out: inout [UInt8]) {
        appendInt(cents / 100, to: &out)
        out.append(0x2E)
        appendTwoDigits(cents % 100, to: &out)
    }

    /// `yyyy-MM-dd HH:mm:ss` for seconds since the epoch (`CivilCalendar`).
    func appendTimestamp(_ seconds: Int64, to out: inout [UInt8]) {
        let days = Int(seconds / 86_400)
        let secondOfDay = Int(seconds % 86_400)
        let date = CivilCalendar.date(daysSinceEpoch: Int64(days))
        let (year, month, day) = (date.year, date.month, date.day)
        appendInt(year, to: &out)
        out.append(0x2D)
        appendTwoDigits(month, to: &out)
        out.append(0x2D)
        appendTwoDigits(day, to: &out)
        out.append(0x20)
        appendTwoDigits(secondOfDay / 3600, to: &out)
        out.append(0x3A)
        appendTwoDigits(secondOfDay / 60 % 60, to: &out)
        out.append(0x3A)
        appendTwoDigits(secondOfDay % 60, to: &out)
    }
}
