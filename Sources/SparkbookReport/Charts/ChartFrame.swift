import Foundation

/// The frame the report's time charts share: the plot area inside fixed margins, the `<svg>` element, horizontal
/// grid lines with their labels, round time ticks from `TimeAxis` and the x axis title, so every chart reads alike.
struct ChartFrame {
    let width: Double
    let height: Double
    /// Milliseconds at the right edge (at least 1).
    let endMillis: Int64
    let left = 44.0, right = 16.0, top = 16.0, bottom = 40.0

    init(width: Double, height: Double, endMillis: Int64) {
        self.width = width
        self.height = height
        self.endMillis = max(1, endMillis)
    }

    var plotWidth: Double { width - left - right }
    var plotHeight: Double { height - top - bottom }

    /// The x of a time, clamped to the right edge.
    func x(_ ms: Int64) -> Double { left + plotWidth * Double(min(ms, endMillis)) / Double(endMillis) }

    /// The y of a fraction of the plot's height (0 at the bottom, 1 at the top).
    func y(fraction: Double) -> Double { top + plotHeight * (1 - fraction) }

    /// The opening tag, the grid lines at `levels` (fractions of the height, with their labels), the time ticks and
    /// the axis title; the caller adds its marks and closes with `</svg>`.
    func open(ariaLabel: String, levels: [(fraction: Double, label: String)], xTitle: String) -> String {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" class=\"chart\" role=\"img\" aria-label=\"\(ariaLabel)\">"
        for level in levels {
            let y = y(fraction: level.fraction)
            svg += "<line x1=\"\(fmt(left))\" x2=\"\(fmt(width - right))\" y1=\"\(fmt(y))\" y2=\"\(fmt(y))\" class=\"grid\"/>"
            svg += "<text x=\"\(fmt(left - 6))\" y=\"\(fmt(y + 4))\" class=\"axis\" text-anchor=\"end\">\(level.label)</text>"
        }
        let axis = TimeAxis(spanMillis: endMillis)
        for ms in axis.ticks {
            svg += "<line x1=\"\(fmt(x(ms)))\" x2=\"\(fmt(x(ms)))\" y1=\"\(fmt(top + plotHeight))\" y2=\"\(fmt(top + plotHeight + 4))\" class=\"tick\"/>"
            svg += "<text x=\"\(fmt(x(ms)))\" y=\"\(fmt(top + plotHeight + 16))\" class=\"axis\" text-anchor=\"middle\">\(axis.label(ms))</text>"
        }
        return svg + "<text x=\"\(fmt(left + plotWidth / 2))\" y=\"\(fmt(height - 4))\" class=\"axis\" text-anchor=\"middle\">\(xTitle)</text>"
    }

    /// A coordinate as the charts write them: one decimal.
    static func fmt(_ v: Double) -> String { String(format: "%.1f", v) }
    private func fmt(_ v: Double) -> String { Self.fmt(v) }
}
