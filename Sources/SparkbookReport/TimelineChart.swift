/// The executor count over time as an SVG step chart; every change is a marked point with its cause.
struct TimelineChart {
    let changes: [ExecutorCountChange]
    let durationMillis: Int64
    var width = 860.0
    var height = 260.0

    func svg() -> String {
        guard !changes.isEmpty else {
            return "<p class=\"muted\">No executor changes were recorded (a local master runs one fixed executor).</p>"
        }
        let left = 44.0, right = 16.0, top = 16.0, bottom = 34.0
        let plotW = width - left - right, plotH = height - top - bottom
        let end = Double(max(durationMillis, changes.last!.atMillis, 1))
        let maxCount = Double(max(1, changes.map(\.executors).max() ?? 1))
        func x(_ ms: Int64) -> Double { left + plotW * Double(ms) / end }
        func y(_ n: Int) -> Double { top + plotH * (1 - Double(n) / maxCount) }

        var path = "M \(fmt(x(0))) \(fmt(y(0)))"
        var previous = 0
        for change in changes {
            path += " L \(fmt(x(change.atMillis))) \(fmt(y(previous))) L \(fmt(x(change.atMillis))) \(fmt(y(change.executors)))"
            previous = change.executors
        }
        path += " L \(fmt(x(Int64(end)))) \(fmt(y(previous)))"

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" class=\"chart\" role=\"img\" aria-label=\"Executors over time\">"
        for tick in 0...Int(maxCount) where maxCount <= 10 || tick % Int((maxCount / 5).rounded(.up)) == 0 {
            svg += "<line x1=\"\(fmt(left))\" x2=\"\(fmt(width - right))\" y1=\"\(fmt(y(tick)))\" y2=\"\(fmt(y(tick)))\" class=\"grid\"/>"
            svg += "<text x=\"\(fmt(left - 6))\" y=\"\(fmt(y(tick) + 4))\" class=\"axis\" text-anchor=\"end\">\(tick)</text>"
        }
        for i in 0...4 {
            let ms = Int64(end * Double(i) / 4)
            svg += "<text x=\"\(fmt(x(ms)))\" y=\"\(fmt(height - 12))\" class=\"axis\" text-anchor=\"middle\">\(seconds(ms))</text>"
        }
        svg += "<path d=\"\(path)\" class=\"line\"/>"
        for change in changes {
            let added = change.cause.hasPrefix("+")
            svg += "<circle cx=\"\(fmt(x(change.atMillis)))\" cy=\"\(fmt(y(change.executors)))\" r=\"4\" class=\"\(added ? "add" : "remove")\">"
            svg += "<title>\(HTMLEscaping.escape("\(seconds(change.atMillis)): \(change.cause) → \(change.executors) executors"))</title></circle>"
        }
        return svg + "</svg>"
    }

    private func seconds(_ ms: Int64) -> String {
        ms >= 60_000 ? "\(ms / 60_000)m\(String(format: "%02d", (ms / 1000) % 60))s" : String(format: "%.1fs", Double(ms) / 1000)
    }

    private func fmt(_ v: Double) -> String { String(format: "%.1f", v) }
}

import Foundation
