import Foundation
import SparkbookCluster

/// The executor count over time as an SVG step chart, with the desired total (Spark's target) as a dashed line,
/// a marker per request and per change, round time ticks (`TimeAxis`) and a legend saying what each mark means.
struct TimelineChart {
    let entries: [TimelineEntry]
    let durationMillis: Int64
    var width = 860.0
    var height = 260.0

    /// What a marker stands for; the legend lists each kind the chart uses.
    enum Mark: CaseIterable {
        case request, added, removed

        init?(_ entry: TimelineEntry) {
            switch entry.kind {
            case .targetChanged: self = .request
            case .executorsAdded: self = .added
            case .executorsRemoved: self = .removed
            case .executorsKept: return nil
            }
        }

        var cssClass: String {
            switch self {
            case .request: "request"
            case .added: "add"
            case .removed: "remove"
            }
        }

        var meaning: String {
            switch self {
            case .request: "request: the target changed (executors asked for or cancelled)"
            case .added: "executors added"
            case .removed: "executors removed or lost"
            }
        }

        /// The marker's shape centred on (x, y).
        func shape(x: String, y: String) -> String {
            switch self {
            case .request: "<rect x=\"-4\" y=\"-4\" width=\"8\" height=\"8\" transform=\"translate(\(x) \(y)) rotate(45)\" class=\"\(cssClass)\">"
            case .added, .removed: "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"4\" class=\"\(cssClass)\">"
            }
        }

        var closingTag: String { self == .request ? "</rect>" : "</circle>" }
    }

    func html() -> String {
        guard !entries.isEmpty else {
            return "<p class=\"muted\">No executor changes were recorded (a local master runs one fixed executor).</p>"
        }
        return svg() + legend()
    }

    func svg() -> String {
        let end = max(durationMillis, entries.last!.time.milliseconds, 1)
        let frame = ChartFrame(width: width, height: height, endMillis: end)
        let maxCount = Double(max(1, entries.map { max($0.executors, $0.target ?? 0) }.max() ?? 1))
        func x(_ ms: Int64) -> Double { frame.x(ms) }
        func y(_ n: Int) -> Double { frame.y(fraction: Double(n) / maxCount) }

        let yStep = maxCount <= 10 ? 1 : Int((maxCount / 5).rounded(.up))
        var svg = frame.open(ariaLabel: "Executors over time",
                             levels: stride(from: 0, through: Int(maxCount), by: yStep).map { (Double($0) / maxCount, "\($0)") },
                             xTitle: "time since the application started")
        // An event log read without the driver's allocation log records no target: no line at 0 for it.
        if entries.contains(where: { $0.target != nil }) {
            svg += "<path d=\"\(stepPath(end: end, x: x, y: y) { $0.target })\" class=\"target\"/>"
        }
        svg += "<path d=\"\(stepPath(end: end, x: x, y: y) { $0.executors })\" class=\"line\"/>"
        for entry in entries {
            guard let mark = Mark(entry) else { continue }
            let level = mark == .request ? entry.target ?? entry.executors : entry.executors
            svg += mark.shape(x: fmt(x(entry.time.milliseconds)), y: fmt(y(level)))
            svg += "<title>\(HTMLEscaping.escape("\(ReportTime.text(entry.time.milliseconds)): \(entry.summary)"))</title>"
            svg += mark.closingTag
        }
        return svg + "</svg>"
    }

    /// The legend under the chart: both lines and the marker kinds that appear.
    func legend() -> String {
        var items = [
            "<span><svg width=\"22\" height=\"10\"><line x1=\"0\" x2=\"22\" y1=\"5\" y2=\"5\" class=\"line\"/></svg> executors registered</span>",
        ]
        if entries.contains(where: { $0.target != nil }) {
            items.append("<span><svg width=\"22\" height=\"10\"><line x1=\"0\" x2=\"22\" y1=\"5\" y2=\"5\" class=\"target\"/></svg> target (desired total)</span>")
        }
        let used = Set(entries.compactMap(Mark.init))
        for mark in Mark.allCases where used.contains(mark) {
            items.append("<span><svg width=\"12\" height=\"12\">\(mark.shape(x: "6", y: "6"))\(mark.closingTag)</svg> \(mark.meaning)</span>")
        }
        return "<div class=\"legend chart-legend\">" + items.joined() + "</div>"
    }

    /// A step line through the value each entry leaves (`nil` keeps the previous value), from 0 to `end`.
    private func stepPath(end: Int64, x: (Int64) -> Double, y: (Int) -> Double, value: (TimelineEntry) -> Int?) -> String {
        var path = "M \(fmt(x(0))) \(fmt(y(0)))"
        var previous = 0
        for entry in entries {
            let next = value(entry) ?? previous
            path += " L \(fmt(x(entry.time.milliseconds))) \(fmt(y(previous))) L \(fmt(x(entry.time.milliseconds))) \(fmt(y(next)))"
            previous = next
        }
        return path + " L \(fmt(x(end))) \(fmt(y(previous)))"
    }

    private func fmt(_ v: Double) -> String { ChartFrame.fmt(v) }
}
