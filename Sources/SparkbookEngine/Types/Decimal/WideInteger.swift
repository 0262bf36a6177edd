/// A signed integer of any size, for the few decimal intermediates that do not fit `Int128`: a product of two
/// 38-digit values, a dividend scaled up for division, a sum past 10^38 that must be shown in an error.
///
/// Magnitude in little-endian 32-bit limbs (no trailing zero limbs), so every limb product fits `UInt64`.
struct WideInteger: Sendable, Equatable {
    private(set) var negative: Bool
    private(set) var limbs: [UInt32]

    init(_ value: Int128) {
        negative = value < 0
        var magnitude = value.magnitude
        limbs = []
        while magnitude != 0 {
            limbs.append(UInt32(truncatingIfNeeded: magnitude))
            magnitude >>= 32
        }
    }

    private init(negative: Bool, limbs: [UInt32]) {
        var trimmed = limbs
        while trimmed.last == 0 { trimmed.removeLast() }
        self.negative = negative && !trimmed.isEmpty
        self.limbs = trimmed
    }

    var isZero: Bool { limbs.isEmpty }

    /// The value when it fits `Int128`.
    var int128: Int128? {
        guard limbs.count <= 4 else { return nil }
        var magnitude: UInt128 = 0
        for limb in limbs.reversed() { magnitude = magnitude << 32 | UInt128(limb) }
        if negative { return magnitude <= UInt128(1) << 127 ? Int128(truncatingIfNeeded: 0 &- magnitude) : nil }
        return magnitude < UInt128(1) << 127 ? Int128(magnitude) : nil
    }

    static func power10(_ n: Int) -> WideInteger {
        var result = WideInteger(1)
        for _ in 0..<n { result = result.multiplied(bySmall: 10) }
        return result
    }

    static func * (a: WideInteger, b: WideInteger) -> WideInteger {
        guard !a.isZero, !b.isZero else { return WideInteger(0) }
        var out = [UInt32](repeating: 0, count: a.limbs.count + b.limbs.count)
        for (i, x) in a.limbs.enumerated() {
            var carry: UInt64 = 0
            for (j, y) in b.limbs.enumerated() {
                let t = UInt64(x) * UInt64(y) + UInt64(out[i + j]) + carry
                out[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            out[i + b.limbs.count] = UInt32(carry)
        }
        return WideInteger(negative: a.negative != b.negative, limbs: out)
    }

    static func + (a: WideInteger, b: WideInteger) -> WideInteger {
        if a.negative == b.negative { return WideInteger(negative: a.negative, limbs: addMagnitudes(a.limbs, b.limbs)) }
        if compareMagnitudes(a.limbs, b.limbs) >= 0 {
            return WideInteger(negative: a.negative, limbs: subtractMagnitudes(a.limbs, b.limbs))
        }
        return WideInteger(negative: b.negative, limbs: subtractMagnitudes(b.limbs, a.limbs))
    }

    static prefix func - (a: WideInteger) -> WideInteger { WideInteger(negative: !a.negative, limbs: a.limbs) }

    static func - (a: WideInteger, b: WideInteger) -> WideInteger { a + (-b) }

    func multiplied(bySmall factor: UInt32) -> WideInteger {
        var out: [UInt32] = []
        out.reserveCapacity(limbs.count + 1)
        var carry: UInt64 = 0
        for limb in limbs {
            let t = UInt64(limb) * UInt64(factor) + carry
            out.append(UInt32(truncatingIfNeeded: t))
            carry = t >> 32
        }
        out.append(UInt32(carry))
        return WideInteger(negative: negative, limbs: out)
    }

    /// Truncating division (towards zero) by a non-zero divisor; the remainder takes the dividend's sign.
    func quotientAndRemainder(dividingBy divisor: WideInteger) -> (quotient: WideInteger, remainder: WideInteger) {
        precondition(!divisor.isZero, "division by zero")
        if Self.compareMagnitudes(limbs, divisor.limbs) < 0 { return (WideInteger(0), self) }
        // Binary long division: simple, and only reached for values past 128 bits.
        var quotient = [UInt32](repeating: 0, count: limbs.count)
        var remainder: [UInt32] = []
        for bit in stride(from: limbs.count * 32 - 1, through: 0, by: -1) {
            remainder = Self.shiftLeftOne(remainder, inserting: limbs[bit / 32] >> (bit % 32) & 1)
            if Self.compareMagnitudes(remainder, divisor.limbs) >= 0 {
                remainder = Self.subtractMagnitudes(remainder, divisor.limbs)
                quotient[bit / 32] |= 1 << (bit % 32)
            }
        }
        return (WideInteger(negative: negative != divisor.negative, limbs: quotient),
                WideInteger(negative: negative, limbs: remainder))
    }

    /// Decimal digits of the magnitude (`"0"` for zero).
    var magnitudeDigits: String {
        if isZero { return "0" }
        var chunks: [String] = []
        var rest = WideInteger(negative: false, limbs: limbs)
        let billion = WideInteger(1_000_000_000)
        while !rest.isZero {
            let (q, r) = rest.quotientAndRemainder(dividingBy: billion)
            chunks.append(String(r.limbs.first ?? 0))
            rest = q
        }
        var text = chunks.removeLast()
        for chunk in chunks.reversed() { text += String(repeating: "0", count: 9 - chunk.count) + chunk }
        return text
    }

    private static func compareMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for i in stride(from: a.count - 1, through: 0, by: -1) where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
        return 0
    }

    private static func addMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        var carry: UInt64 = 0
        for i in 0..<max(a.count, b.count) {
            let t = UInt64(i < a.count ? a[i] : 0) + UInt64(i < b.count ? b[i] : 0) + carry
            out.append(UInt32(truncatingIfNeeded: t))
            carry = t >> 32
        }
        out.append(UInt32(carry))
        return out
    }

    /// `a - b` for `a >= b`.
    private static func subtractMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        var borrow: Int64 = 0
        for i in 0..<a.count {
            var t = Int64(a[i]) - Int64(i < b.count ? b[i] : 0) - borrow
            borrow = t < 0 ? 1 : 0
            if t < 0 { t += 1 << 32 }
            out.append(UInt32(t))
        }
        while out.last == 0 { out.removeLast() }
        return out
    }

    private static func shiftLeftOne(_ a: [UInt32], inserting bit: UInt32) -> [UInt32] {
        var out: [UInt32] = []
        var carry = bit
        for limb in a {
            out.append(limb << 1 | carry)
            carry = limb >> 31
        }
        if carry != 0 { out.append(carry) }
        return out
    }
}

extension WideInteger: ExpressibleByIntegerLiteral {
    init(integerLiteral value: Int) { self.init(Int128(value)) }
}
