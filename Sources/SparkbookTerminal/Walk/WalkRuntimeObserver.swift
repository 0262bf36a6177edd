import SparkbookCluster
import SparkbookDataFrame

/// Remembers where each walkthrough cell started (event position and cluster time) so its runtime panel shows
/// only what that cell caused, and prints executor changes live while the cell runs.
public final class WalkRuntimeObserver {
    public let events: EventRecorder
    let context: LaunchContext
    let panel: RuntimePanel
    let style: TerminalStyle
    let out: @Sendable (String) -> Void
    private var eventMark = 0
    private var timelineMark = 0
    private var ticker: WalkLiveTicker?
    /// Neighbour teams sharing the cluster (`--neighbours`), shown beside the session's executors.
    public var neighbours: Neighbours?
    private var neighboursMark = 0
    /// `--engine spark`: brings in what Spark has logged so far and gives the timeline it makes (such a run has
    /// no embedded cluster; its events come from the event log into `events`).
    public var external: (settle: @Sendable () -> Void, timeline: @Sendable () -> [TimelineEntry])?

    public init(events: EventRecorder, context: LaunchContext, style: TerminalStyle, width: Int,
                out: @escaping @Sendable (String) -> Void = StandardStreams.out) {
        self.events = events
        self.context = context
        self.style = style
        self.out = out
        self.panel = RuntimePanel(style: style, width: width,
                                  phrasing: WalkTimelineText(time: WalkTimeText(scale: TimeScale(factor: context.timeScale))))
    }

    /// The listener bus delivers on its own thread: flush it at both ends of a cell, so a late event of the
    /// previous cell is not counted here and this cell's job is not missing from its panel.
    public func cellStarting() {
        context.active?.runtime.bus.flush()
        external?.settle()
        eventMark = events.mark
        timelineMark = external?.timeline().count ?? context.active?.runtime.timeline.entries.count ?? 0
        if let neighbours {
            // What the teams did while the student read: one line per team.
            let meanwhile = neighbours.changes(since: neighboursMark)
            neighboursMark += meanwhile.count
            for line in NeighbourChangeText.summary(meanwhile) { out(style.dim("meanwhile  ") + style.cyan(line) + "\n") }
        }
        ticker = WalkLiveTicker(context: context, neighbours: neighbours, text: panel.phrasing, style: style,
                                from: timelineMark, neighboursFrom: neighboursMark, out: out)
    }

    public func cellFinished() -> String? {
        let runtime = context.active?.runtime
        runtime?.bus.flush()
        external?.settle()
        let shownLive = (ticker?.stop() ?? 0) > 0
        neighboursMark = ticker?.neighboursSeen ?? neighboursMark
        ticker = nil
        let entries = external?.timeline() ?? runtime?.timeline.entries ?? []
        let fresh = timelineMark < entries.count ? Array(entries[timelineMark...]) : []
        let min = context.active?.conf.get("spark.dynamicAllocation.minExecutors").flatMap { Int($0) }
        return panel.render(events: events.events(since: eventMark), timeline: fresh, minExecutors: min,
                            changesShownLive: shownLive)
    }
}
