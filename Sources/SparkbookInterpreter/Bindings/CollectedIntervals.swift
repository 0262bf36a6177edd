import SparkbookDataFrame
import SparkbookEngine

/// PySpark cannot bring an `interval year to month` or a legacy `interval` into Python: their
/// `fromInternal` is not implemented, so `collect()` (and `take`, `first`, ...) of a row holding one raises
/// `PySparkNotImplementedError`, as here. Day-time intervals come back as `timedelta`s.
enum CollectedIntervals {
    static func checked(_ rows: [Row]) throws -> [Row] {
        for row in rows { try row.values.forEach(check) }
        return rows
    }

    static func check(_ value: Value) throws {
        switch value {
        case .yearMonthInterval: throw notImplemented("YearMonthIntervalType")
        case .calendarInterval: throw notImplemented("CalendarIntervalType")
        case .array(let items), .structure(_, let items): try items.forEach(check)
        case .map(let keys, let values): try keys.forEach(check); try values.forEach(check)
        default: break
        }
    }

    static func notImplemented(_ type: String) -> ScriptError {
        ScriptError("PySparkNotImplementedError", "[NOT_IMPLEMENTED] \(type).fromInternal is not implemented.")
    }
}
