import SparkbookCluster
import SparkbookDataFrame

/// Remembers where each walkthrough cell started (event position and cluster time) so its runtime panel shows
/// only what that cell caused, and closes the walkthrough with the seed's expected-behaviour table.
public final class WalkRuntimeObserver {
    public let events: EventRecorder
    let context: LaunchContext
    let panel: RuntimePanel
    private var eventMark = 0
    private var timelineMark = 0

    public init(events: EventRecorder, context: LaunchContext, style: TerminalStyle, width: Int) {
        self.events = events
        self.context = context
        self.panel = RuntimePanel(style: style, width: width)
    }

    /// The listener bus delivers on its own thread: flush it at both ends of a cell, so a late event of the
    /// previous cell is not counted here and this cell's job is not missing from its panel.
    public func cellStarting() {
        context.active?.runtime.bus.flush()
        eventMark = events.mark
        timelineMark = context.active?.runtime.timeline.entries.count ?? 0
    }

    public func cellFinished() -> String? {
        let runtime = context.active?.runtime
        runtime?.bus.flush()
        let entries = runtime?.timeline.entries ?? []
        let fresh = timelineMark < entries.count ? Array(entries[timelineMark...]) : []
        let min = context.active?.conf.get("spark.dynamicAllocation.minExecutors").flatMap { Int($0) }
        return panel.render(events: events.events(since: eventMark), timeline: fresh, minExecutors: min)
    }
}
