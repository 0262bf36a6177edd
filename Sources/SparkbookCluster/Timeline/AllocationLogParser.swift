import Foundation

/// Reads the dynamic-allocation decisions out of a Spark driver log (log4j lines with timestamps). Spark's event
/// log records executors added and removed but not why, nor the target totals; the driver's
/// `ExecutorAllocationManager` logs those at INFO (and the target's lowering at DEBUG):
///
///     25/06/01 10:00:01 INFO Utils: Using initial executors = 1, max of spark.dynamicAllocation.initialExecutors, …
///     25/06/01 10:00:03 INFO ExecutorAllocationManager: Requesting 1 new executor because tasks are backlogged (new desired total will be 2 for resource profile id: 0)
///     25/06/01 10:00:09 DEBUG ExecutorAllocationManager: Lowering target number of executors to 0 (previously 2 for resource profile id: 0) because not all requested executors are actually needed
///     25/06/01 10:00:12 INFO ExecutorAllocationManager: Executors 1,2 removed due to idle timeout.
///
/// Other lines are ignored, so a whole driver log can be given.
public struct AllocationLogParser: Sendable {
    /// One decision, at wall-clock milliseconds since the epoch.
    public struct Line: Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            case initial(target: Int)
            case requested(count: Int, target: Int)
            case lowered(target: Int, previous: Int)
            case idleRemoved([String])
        }

        public var time: Int64
        public var kind: Kind

        public init(time: Int64, kind: Kind) {
            self.time = time
            self.kind = kind
        }
    }

    /// The zone the driver wrote its local times in (log4j's `%d` has none).
    public var timeZone: TimeZone

    public init(timeZone: TimeZone = .current) {
        self.timeZone = timeZone
    }

    public func parse(_ text: String) -> [Line] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            guard let kind = Self.kind(of: line), let time = Self.timestamp(line, calendar: calendar) else { return nil }
            return Line(time: time, kind: kind)
        }
    }

    static func kind(of line: Substring) -> Line.Kind? {
        if let m = line.firstMatch(of: #/Requesting (\d+) new executors? because tasks are backlogged \(new desired total will be (\d+)/#),
           let count = Int(m.1), let target = Int(m.2) {
            return .requested(count: count, target: target)
        }
        if let m = line.firstMatch(of: #/Lowering target number of executors to (\d+) \(previously (\d+)/#),
           let target = Int(m.1), let previous = Int(m.2) {
            return .lowered(target: target, previous: previous)
        }
        if let m = line.firstMatch(of: #/Executors? ([^\s]+) removed due to idle timeout/#) {
            return .idleRemoved(m.1.split(separator: ",").map(String.init))
        }
        if let m = line.firstMatch(of: #/Using initial executors = (\d+)/#), let target = Int(m.1) {
            return .initial(target: target)
        }
        return nil
    }

    /// The line's first time: Spark's default layout `yy/MM/dd HH:mm:ss`, or log4j's ISO-like
    /// `yyyy-MM-dd HH:mm:ss,SSS` (`T` or space; `,` or `.` before milliseconds). Not anchored at the start: on a
    /// console the progress bar (`[Stage 0:>  (0 + 1) / 16]`, ended by a carriage return) can precede it.
    static func timestamp(_ line: Substring, calendar: Calendar) -> Int64? {
        guard let m = line.firstMatch(of: #/(?:^|\D)(\d{2}|\d{4})[/-](\d{2})[/-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{3}))?/#),
              var year = Int(m.1), let month = Int(m.2), let day = Int(m.3), let hour = Int(m.4),
              let minute = Int(m.5), let second = Int(m.6)
        else { return nil }
        if m.1.count == 2 { year += 2000 }
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components) else { return nil }
        return Int64((date.timeIntervalSince1970 * 1000).rounded()) + Int64(m.7.flatMap { Int($0) } ?? 0)
    }
}
