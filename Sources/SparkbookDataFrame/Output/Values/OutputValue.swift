/// One result value as the printers see it: plain Swift data, independent of the engine's column buffers.
///
/// The engine converts a result row to these only for the few rows that get printed (show, display, collect),
/// so the per-value enum costs nothing on hot paths. Integral Spark types (byte, short, int, long) share
/// `.integer` because Spark and Python print them alike.
public indirect enum OutputValue: Sendable, Equatable {
    case null
    case boolean(Bool)
    case integer(Int64)
    case float(Float)
    case double(Double)
    /// A Spark decimal: `unscaled * 10^-scale`; the scale is printed in full (`1.500`), as Spark does.
    case decimal(unscaled: Int128, scale: Int)
    case string(String)
    case binary([UInt8])
    /// A `date`: days since 1970-01-01 in the proleptic Gregorian calendar.
    case date(daysSinceEpoch: Int64)
    /// A `timestamp` (an instant): printed in the session time zone.
    case timestamp(microsSinceEpoch: Int64)
    /// A `timestamp_ntz` (a wall-clock reading): printed as is, whatever the zone.
    case timestampNTZ(microsSinceEpoch: Int64)
    /// An ANSI `interval day to second` in microseconds (`INTERVAL '1 02:03:04' DAY TO SECOND`; Python's timedelta).
    case dayTimeInterval(micros: Int64)
    /// An ANSI `interval year to month` in months (`INTERVAL '1-2' YEAR TO MONTH`; Python's int).
    case yearMonthInterval(months: Int32)
    /// Spark's legacy `interval` (`1 years 2 days 3.5 seconds`).
    case calendarInterval(months: Int32, days: Int32, micros: Int64)
    /// A `time(6)` in microseconds since midnight (`06:30:45.887`; Python's `datetime.time`).
    case time(micros: Int64)
    case array([OutputValue])
    case map([OutputMapEntry])
    case structure([OutputField])
    /// A `variant`: its JSON text (what `show()` prints) and its bytes (what `repr` shows, as PySpark's
    /// `VariantVal(bytearray(value), bytearray(metadata))`).
    case variant(json: String, value: [UInt8], metadata: [UInt8])
}
