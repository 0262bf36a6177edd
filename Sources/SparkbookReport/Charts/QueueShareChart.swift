import Foundation
import SparkbookCluster

/// Each queue's share of the cluster over time as stacked areas (queues in description order, bottom up), with a
/// dashed line per queue, while it had demand, where its band would reach at its guarantee (the band's bottom plus
/// the guarantee, clipped at 100 %), so a band whose top stays under its own dashed line was below its guarantee. Round time ticks from `TimeAxis`.
struct QueueShareChart {
    let queues: [QueueUsage]
    let endMillis: Int64
    var width = 860.0
    var height = 260.0

    static let colours = ["#2f6fdf", "#e0a100", "#1f9d55", "#8e5cc4", "#d64545", "#1a9cb0"]

    static func colour(_ index: Int) -> String { colours[index % colours.count] }

    func svg() -> String {
        let frame = ChartFrame(width: width, height: height, endMillis: endMillis)
        let end = frame.endMillis
        func x(_ ms: Int64) -> Double { frame.x(ms) }
        func y(_ share: Double) -> Double { frame.y(fraction: min(1, max(0, share))) }

        var svg = frame.open(ariaLabel: "Queue shares over time",
                             levels: stride(from: 0, through: 100, by: 25).map { (Double($0) / 100, "\($0)%") },
                             xTitle: "time since the cluster started; share of the cluster")
        let intervals = stackedIntervals(end: end)
        for (k, queue) in queues.enumerated() {
            let topPoints = intervals.flatMap { [(x($0.start), y($0.tops[k])), (x($0.end), y($0.tops[k]))] }
            let basePoints = intervals.reversed().flatMap { [(x($0.end), y($0.bases[k])), (x($0.start), y($0.bases[k]))] }
            let points = (topPoints + basePoints).map { "\(fmt($0.0)),\(fmt($0.1))" }.joined(separator: " ")
            svg += "<polygon points=\"\(points)\" class=\"share\" fill=\"\(Self.colour(k))\">"
                + "<title>\(HTMLEscaping.escape(summary(queue)))</title></polygon>"
        }
        for (k, queue) in queues.enumerated() where queue.guarantee > 0 {
            // Drawn only while the queue had demand: a guarantee matters to a queue that wants resources.
            var path = "", drawing = false
            for interval in intervals {
                guard interval.demand[k] else { drawing = false; continue }
                let level = fmt(y(interval.bases[k] + queue.guarantee))
                path += "\(drawing ? " L" : " M") \(fmt(x(interval.start))) \(level) L \(fmt(x(interval.end))) \(level)"
                drawing = true
            }
            if !path.isEmpty { svg += "<path d=\"\(path.dropFirst())\" class=\"guarantee\" stroke=\"\(Self.colour(k))\"/>" }
        }
        return svg + "</svg>"
    }

    /// The legend: each queue's colour with its guarantee and maximum, and what the dashed lines mean.
    func legend() -> String {
        var items = queues.enumerated().map { k, queue in
            "<span><span class=\"swatch\" style=\"background:\(Self.colour(k))\"></span>\(HTMLEscaping.escape(queue.name)) "
                + "(guarantee \(Self.percent(queue.guarantee)), maximum \(Self.percent(queue.maximum)))</span>"
        }
        items.append("<span><svg width=\"22\" height=\"10\"><line x1=\"0\" x2=\"22\" y1=\"5\" y2=\"5\" class=\"guarantee\" stroke=\"#38414d\"/></svg>"
            + " a queue's guarantee while it had demand, measured from the bottom of its band</span>")
        return "<div class=\"legend chart-legend\">" + items.joined() + "</div>"
    }

    func html() -> String { svg() + legend() }

    static func percent(_ fraction: Double) -> String { String(format: "%.0f%%", fraction * 100) }

    private func summary(_ queue: QueueUsage) -> String {
        "\(queue.name): guarantee \(Self.percent(queue.guarantee)), share while it had demand "
            + (queue.averageShareWithDemand.map(Self.percent) ?? "none (no demand)")
    }

    /// Intervals over which no queue's share changes, with each queue's band bottom and top.
    private func stackedIntervals(end: Int64) -> [(start: Int64, end: Int64, bases: [Double], tops: [Double], demand: [Bool])] {
        let times = Set([0] + queues.flatMap { $0.shareOverTime.map(\.time.milliseconds) }).filter { $0 < end }.sorted()
        return times.indices.map { i in
            let start = times[i], stop = i + 1 < times.count ? times[i + 1] : end
            var bases: [Double] = [], tops: [Double] = [], demand: [Bool] = [], sum = 0.0
            for queue in queues {
                let step = queue.shareOverTime.last { $0.time.milliseconds <= start }
                bases.append(sum)
                sum += step?.share ?? 0
                tops.append(sum)
                demand.append(step?.demand ?? false)
            }
            return (start, stop, bases, tops, demand)
        }
    }

    private func fmt(_ v: Double) -> String { ChartFrame.fmt(v) }
}
