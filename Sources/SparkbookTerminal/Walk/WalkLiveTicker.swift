import Foundation
import SparkbookCluster
import SparkbookDataFrame
import Synchronization

/// Prints each executor change while a walkthrough cell runs, as it happens (`live 3.1s  +1 requested: …`), so
/// a student watches the ramp and the release in real time rather than only in the panel after the cell.
/// Polls the session's timeline on its own thread every 50 ms; `stop()` prints what is left and joins it.
final class WalkLiveTicker: Sendable {
    private let context: LaunchContext
    /// Neighbour teams sharing the cluster, whose changes print beside the session's.
    private let neighbours: Neighbours?
    private let text: WalkTimelineText
    private let style: TerminalStyle
    private let out: @Sendable (String) -> Void
    /// Entries (and neighbours' changes) already looked at, lines printed, and whether to stop.
    private let state: Mutex<(seen: Int, neighboursSeen: Int, lines: Int, stopped: Bool)>
    private let finished = DispatchSemaphore(value: 0)

    /// `from`: timeline entries already there before the cell started (`neighboursFrom`: neighbours' changes).
    init(context: LaunchContext, neighbours: Neighbours? = nil, text: WalkTimelineText, style: TerminalStyle,
         from: Int, neighboursFrom: Int = 0, out: @escaping @Sendable (String) -> Void) {
        self.context = context
        self.neighbours = neighbours
        self.text = text
        self.style = style
        self.out = out
        state = Mutex((seen: from, neighboursSeen: neighboursFrom, lines: 0, stopped: false))
        let thread = Thread { [self] in
            while !state.withLock({ $0.stopped }) {
                printNew()
                Thread.sleep(forTimeInterval: 0.05)
            }
            finished.signal()
        }
        thread.start()
    }

    /// Stops polling and prints the changes not printed yet; returns how many lines were printed in all.
    func stop() -> Int {
        state.withLock { $0.stopped = true }
        finished.wait()
        printNew()
        return state.withLock { $0.lines }
    }

    /// Neighbours' changes printed so far (the next cell's "meanwhile" starts after them).
    var neighboursSeen: Int { state.withLock { $0.neighboursSeen } }

    private func printNew() {
        let entries = context.active?.runtime.timeline.entries ?? []
        let changes = state.withLock { s in neighbours?.changes(since: s.neighboursSeen) ?? [] }
        let fresh = state.withLock { s -> [TimelineEntry] in
            s.neighboursSeen += changes.count
            s.lines += changes.count
            guard s.seen < entries.count else { return [] }
            let fresh = entries[s.seen...].filter(Self.worthShowing)
            s.seen = entries.count
            s.lines += fresh.count
            return fresh
        }
        // In time order, the session's and the neighbours' together.
        var lines = fresh.map { ($0.time, text.phrase($0) + stateText($0)) }
        lines += changes.map { ($0.time, style.cyan(NeighbourChangeText.line($0))) }
        for (time, line) in lines.sorted(by: { $0.0 < $1.0 }) {
            let at = text.time.at(time)
            // On a terminal, clear the line first: Spark's progress bar may be drawn on it.
            out((style.color ? "\r\u{1B}[K" : "") + style.dim("live " + String(repeating: " ", count: max(0, 6 - at.count)) + at + "  ") + line + "\n")
        }
    }

    /// Executors (and the target) right after the change.
    private func stateText(_ entry: TimelineEntry) -> String {
        style.dim(" → " + (entry.target.map { "\(entry.executors) up, target \($0)" } ?? "\(entry.executors) up"))
    }

    /// Target bookkeeping when the load drops is not a cause worth a live line (the panel omits it too).
    static func worthShowing(_ entry: TimelineEntry) -> Bool {
        guard case .targetChanged(let change) = entry.kind else { return true }
        if case .loadDropped = change.reason { return false }
        return true
    }
}
