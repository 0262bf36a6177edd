/// Casts between numbers and timestamps: a number is seconds since the epoch, as in Spark. A timestamp cast to
/// an integral type floors to whole seconds (`-0.5 s` is `-1`); to a double it keeps the fraction.
extension ValueCast {
    static let microsPerSecond: Int64 = 1_000_000

    /// The ANSI cast of a number to a timestamp or of a timestamp to a number, or nil for other pairs.
    static func ansiEpochCast(_ value: Value, to type: DataType) throws -> Value? {
        switch (value, type) {
        case (.timestamp(let micros), .double):
            return .double(Double(micros) / Double(microsPerSecond))
        case (.timestamp(let micros), .float):
            return .float(Float(Double(micros) / Double(microsPerSecond)))
        case (.timestamp(let micros), .long), (.timestamp(let micros), .integer), (.timestamp(let micros), .short),
             (.timestamp(let micros), .byte):
            let seconds = floorSeconds(micros)
            guard let bounds = integralBounds(type), bounds.contains(seconds) else { throw overflow(value, type) }
            return integral(seconds, as: type)
        case (.byte, .timestamp), (.short, .timestamp), (.integer, .timestamp), (.long, .timestamp):
            return .timestamp(saturatingMicros(seconds: value.int64Value!))
        case (.double, .timestamp), (.float, .timestamp):
            let d = value.doubleValue!
            guard d.isFinite else { throw invalid(value, type) }
            let micros = d * Double(microsPerSecond)
            guard micros >= -9.223372036854775808e18, micros < 9.223372036854775808e18 else {
                throw overflow(.double(micros), .long)  // Spark reports the scaled value, as a bigint overflow.
            }
            return .timestamp(Int64(micros.rounded(.towardZero)))
        default:
            return nil
        }
    }

    /// The non-ANSI cast: the same conversions, with null where the ANSI cast raises.
    static func epochCast(_ value: Value, to type: DataType) -> Value? {
        do { return try ansiEpochCast(value, to: type) } catch { return .null }
    }

    /// Whole seconds, rounded toward negative infinity.
    static func floorSeconds(_ micros: Int64) -> Int64 {
        let (q, r) = micros.quotientAndRemainder(dividingBy: microsPerSecond)
        return r < 0 ? q - 1 : q
    }

    /// Seconds as microseconds, clamped to the representable range as Java's `TimeUnit.toMicros` does.
    static func saturatingMicros(seconds: Int64) -> Int64 {
        let (micros, overflowed) = seconds.multipliedReportingOverflow(by: microsPerSecond)
        return overflowed ? (seconds < 0 ? .min : .max) : micros
    }
}
