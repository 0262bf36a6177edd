import Foundation

/// Draws executors over time as a terminal step chart: `█` for registered executors, `·` for executors
/// requested but not up yet, a letter under each change, and a legend saying what the marks mean and what each change
/// was and why (requests apart from executors added or removed, see `TimelineEntry.label`).
///
///       4 |            ··████████
///       3 |            ··████████
///       2 |        ██████████████████
///       1 |  ██████████████████████████████
///         +------------------------------
///          a   b   c d              e
///          0s                        61.2s
public struct TimelineChartRenderer: Hashable, Sendable {
    public var width: Int
    /// Rows at most; taller charts are scaled down.
    public var maxHeight: Int
    /// Whether to list every change under the chart (off for overviews with hundreds of changes).
    public var showsLegend = true

    public init(width: Int = 60, maxHeight: Int = 12) {
        self.width = max(10, width)
        self.maxHeight = max(2, maxHeight)
    }

    static let markers = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    /// The chart from `start` to `end` (clock times), with its legend.
    public func render(_ entries: [TimelineEntry], start: ClockTime, end: ClockTime) -> String {
        guard !entries.isEmpty else { return "No executor changes recorded.\n" }
        let span = max(1, (max(end, entries.last!.time) - start).milliseconds)
        func column(of time: ClockTime) -> Int {
            min(width - 1, max(0, Int((time - start).milliseconds * Int64(width) / span)))
        }
        // The state at the end of each column.
        var executors = [Int](repeating: 0, count: width)
        var targets = [Int](repeating: 0, count: width)
        var index = 0
        var current = (executors: 0, target: 0)
        for c in 0..<width {
            let columnEnd = start + .milliseconds(span * Int64(c + 1) / Int64(width))
            while index < entries.count, entries[index].time < columnEnd || c == width - 1 {
                current = (entries[index].executors, entries[index].target ?? entries[index].executors)
                index += 1
            }
            executors[c] = current.executors
            targets[c] = max(current.target, current.executors)
        }
        let top = max(1, targets.max() ?? 1, executors.max() ?? 1)
        let rows = min(top, maxHeight)
        let labelWidth = String(top).count + 1
        var out = ""
        for row in stride(from: rows, through: 1, by: -1) {
            let level = (top * row + rows - 1) / rows
            out += pad(String(level), labelWidth) + " |"
            for c in 0..<width {
                out += executors[c] >= level ? "█" : targets[c] >= level ? "·" : " "
            }
            out += "\n"
        }
        out += String(repeating: " ", count: labelWidth) + " +" + String(repeating: "-", count: width) + "\n"
        var markerRow = [Character](repeating: " ", count: width)
        var legend = ""
        for (i, entry) in entries.enumerated() {
            let marker = i < Self.markers.count ? Self.markers[i] : "*"
            let c = column(of: entry.time)
            if markerRow[c] == " " { markerRow[c] = marker }
            legend += "  \(marker) \(pad(Self.elapsed(entry.time - start), 8)) \(entry.summary)\n"
        }
        let indent = String(repeating: " ", count: labelWidth + 2)
        out += indent + String(markerRow).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        let endLabel = Self.elapsed(.milliseconds(span))
        out += indent + "0s" + String(repeating: " ", count: max(1, width - 2 - endLabel.count)) + endLabel + "\n"
        let key = indent + "█ executors registered  · requested, not yet registered\n"
        return showsLegend ? out + key + legend : out
    }

    /// `+1.5s`, `+61.2s`, `+12m03s`.
    static func elapsed(_ span: ClockDuration) -> String {
        let ms = max(0, span.milliseconds)
        if ms < 600_000 { return String(format: "%.1fs", Double(ms) / 1000) }
        return "\(ms / 60_000)m" + String(format: "%02ds", (ms / 1000) % 60)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
