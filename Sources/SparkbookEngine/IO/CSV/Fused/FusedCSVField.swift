/// What the fused CSV aggregation does with one field of a line: the roles it plays (a group key, an aggregate
/// input, or both) and how its bytes are read.
struct FusedCSVField: Sendable {
    enum Role: Sendable {
        case key(Int, DataType)
        /// Aggregate input `call`; `asDouble` when the call reads doubles, else `Int64`.
        case input(Int, DataType, asDouble: Bool)
    }

    /// Field position in the line (= data column position).
    let position: Int
    let roles: [Role]

    /// Types whose fast byte parsing is exact; other types use the tokenizer for every line.
    static func fastParses(_ type: DataType) -> Bool {
        type == .string || type == .integer || type == .long || type == .double
    }
}

/// Exact parsing of the common numeric spellings straight from bytes; anything else returns nil and the
/// caller takes the general (Java-rules) path for the line.
enum FusedNumberParsing {
    /// `-?[0-9]{1,18}`.
    @inline(__always)
    static func int64(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int64? {
        var i = 0
        var negative = false
        if count > 0, p[0] == 0x2D { negative = true; i = 1 }
        let digits = count - i
        guard digits > 0, digits <= 18 else { return nil }
        var value: Int64 = 0
        while i < count {
            let d = p[i] &- 0x30
            guard d < 10 else { return nil }
            value = value &* 10 &+ Int64(d)
            i &+= 1
        }
        return negative ? -value : value
    }

    /// `10^n` for `n` in 0...15, exact; a switch of literals, so the hot loop reads a constant table (a static
    /// array would cost a lazy-initialisation check per call).
    @inline(__always)
    static func power(_ n: Int) -> Double {
        switch n {
        case 0: 1; case 1: 1e1; case 2: 1e2; case 3: 1e3; case 4: 1e4; case 5: 1e5; case 6: 1e6; case 7: 1e7
        case 8: 1e8; case 9: 1e9; case 10: 1e10; case 11: 1e11; case 12: 1e12; case 13: 1e13; case 14: 1e14
        default: 1e15
        }
    }

    /// `-?[0-9]*(\.[0-9]*)?` with at least one digit and at most 15 of them: the value is `m / 10^k` with both
    /// exactly representable, so one division gives the correctly rounded double (Clinger's fast path), the
    /// same value `Double.parseDouble` gives.
    @inline(__always)
    static func double(_ p: UnsafePointer<UInt8>, _ count: Int) -> Double? {
        var i = 0
        var negative = false
        if count > 0, p[0] == 0x2D { negative = true; i = 1 }
        var mantissa: Int64 = 0
        var digits = 0
        var fraction = 0
        var seenDot = false
        while i < count {
            let b = p[i]
            let d = b &- 0x30
            if d < 10 {
                mantissa = mantissa &* 10 &+ Int64(d)
                digits &+= 1
                if seenDot { fraction &+= 1 }
            } else if b == 0x2E, !seenDot {
                seenDot = true
            } else {
                return nil
            }
            i &+= 1
        }
        guard digits > 0, digits <= 15 else { return nil }
        let value = Double(mantissa) / power(fraction)
        return negative ? -value : value
    }
}
