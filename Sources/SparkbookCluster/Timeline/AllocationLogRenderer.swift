import Foundation

/// The allocation lines Spark's driver log shows for a recorded timeline, in Spark's default log4j layout
/// (`yy/MM/dd HH:mm:ss LEVEL Logger: message`), e.g.
/// `25/06/01 10:00:03 INFO ExecutorAllocationManager: Requesting 2 new executors because tasks are backlogged
/// (new desired total will be 3 for resource profile id: 0)`.
public struct AllocationLogRenderer: Hashable, Sendable {
    public var timeZone: TimeZone
    /// Spark logs "Lowering target" lines at DEBUG; shown only when asked.
    public var includeDebug: Bool
    /// The log4j date pattern: Spark's default `yy/MM/dd HH:mm:ss` for a driver log as people see it, or
    /// `yyyy-MM-dd HH:mm:ss.SSS` (milliseconds) for an allocation log that is compared decision by decision.
    public var dateFormat: String

    /// The pattern of the allocation logs Sparkbook writes beside event logs, the same on both engines.
    public static let millisecondDateFormat = "yyyy-MM-dd HH:mm:ss.SSS"

    public init(timeZone: TimeZone = .current, includeDebug: Bool = false, dateFormat: String = "yy/MM/dd HH:mm:ss") {
        self.timeZone = timeZone
        self.includeDebug = includeDebug
        self.dateFormat = dateFormat
    }

    /// `epochOffset`: wall-clock milliseconds at clock time zero (`ExecutorTimeline.epochOffset`).
    public func lines(_ entries: [TimelineEntry], epochOffset: Int64) -> [String] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = dateFormat
        return entries.compactMap { entry in
            guard let log = entry.sparkLog, log.level == .info || includeDebug else { return nil }
            let date = Date(timeIntervalSince1970: Double(epochOffset + entry.time.milliseconds) / 1000)
            let logger = if case .targetChanged(let change) = entry.kind, change.reason == .initial {
                "Utils"
            } else {
                "ExecutorAllocationManager"
            }
            return "\(formatter.string(from: date)) \(log.level.rawValue.uppercased()) \(logger): \(log.line)"
        }
    }
}
