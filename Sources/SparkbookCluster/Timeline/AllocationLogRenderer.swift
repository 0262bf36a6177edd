import Foundation

/// The allocation lines Spark's driver log shows for a recorded timeline, in Spark's default log4j layout
/// (`yy/MM/dd HH:mm:ss LEVEL Logger: message`), e.g.
/// `25/06/01 10:00:03 INFO ExecutorAllocationManager: Requesting 2 new executors because tasks are backlogged
/// (new desired total will be 3 for resource profile id: 0)`.
public struct AllocationLogRenderer: Hashable, Sendable {
    public var timeZone: TimeZone
    /// Spark logs "Lowering target" lines at DEBUG; shown only when asked.
    public var includeDebug: Bool

    public init(timeZone: TimeZone = .current, includeDebug: Bool = false) {
        self.timeZone = timeZone
        self.includeDebug = includeDebug
    }

    /// `epochOffset`: wall-clock milliseconds at clock time zero (`ExecutorTimeline.epochOffset`).
    public func lines(_ entries: [TimelineEntry], epochOffset: Int64) -> [String] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yy/MM/dd HH:mm:ss"
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
