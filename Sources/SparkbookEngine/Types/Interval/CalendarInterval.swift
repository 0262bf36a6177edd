import SparkbookUtilities

/// Spark's legacy `interval` (CalendarInterval): months, days and microseconds kept apart, since a month has no
/// fixed number of days nor a day a fixed number of microseconds across a zone's transitions. `make_interval`
/// returns one. A column holds each packed into one `Int128` (the decimals' buffers), so gathers, hashing and
/// ordering reuse their typed paths.
public struct CalendarInterval: Sendable, Hashable {
    public var months: Int32
    public var days: Int32
    public var micros: Int64

    public init(months: Int32, days: Int32, micros: Int64) {
        self.months = months
        self.days = days
        self.micros = micros
    }

    /// Months in the top 32 bits, days in the next 32, microseconds in the low 64.
    public var packed: Int128 {
        (Int128(months) << 96) | (Int128(UInt32(bitPattern: days)) << 64) | Int128(UInt64(bitPattern: micros))
    }

    public init(packed: Int128) {
        months = Int32(truncatingIfNeeded: packed >> 96)
        days = Int32(bitPattern: UInt32(truncatingIfNeeded: packed >> 64))
        micros = Int64(bitPattern: UInt64(truncatingIfNeeded: packed))
    }

    /// `1 years 2 months 3 days`, as Spark prints it.
    public var text: String { IntervalFormat.calendar(months: months, days: days, micros: micros) }
}
