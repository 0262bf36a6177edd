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

    private static let powers: [Double] = (0...22).map { pow10($0) }
    private static func pow10(_ n: Int) -> Double { var v = 1.0; for _ in 0..<n { v *= 10 }; return v }

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
        let value = Double(mantissa) / powers[fraction]
        return negative ? -value : value
    }
}
