import SparkbookCluster
import Testing

@Suite struct TimelineChartRendererTests {
    @Test func drawsExecutorsOverTimeWithMarkedChanges() {
        // One column per second; each column shows the state at its end.
        let chart = TimelineChartRenderer(width: 80, maxHeight: 8)
            .render(TimelineFixtures.entries, start: .zero, end: TimelineFixtures.t(80))
        let lines = chart.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func row(_ cells: [(String, Int)]) -> String { cells.map { String(repeating: $0.0, count: $0.1) }.joined() }
        #expect(lines[0] == " 4 |" + row([(" ", 2), ("·", 1), ("█", 62), (" ", 15)]))
        #expect(lines[2] == " 2 |" + row([(" ", 1), ("·", 1), ("█", 63), (" ", 15)]))
        #expect(lines[3] == " 1 |" + row([("█", 80)]))
        #expect(lines[4] == "   +" + row([("-", 80)]))
        #expect(lines[5] == "    acdf g" + row([(" ", 59)]) + "hi")
        #expect(lines[6] == "    0s" + row([(" ", 73)]) + "80.0s")
        #expect(lines[7] == "    █ executors registered  · requested, not yet registered")
        #expect(lines.contains("  c     1.0s requested 1 more executor: tasks backlogged 1s (target 1 → 2)"))
        #expect(lines.contains("  d     2.0s added executor 1; executors now 2"))
        #expect(lines.contains("  g     5.0s lowered target 4 → 1: not all requested executors are needed (tasks need 0)"))
        #expect(lines.contains("  h    65.0s removed executors 0,1,2: idle 60s; executors now 1"))
        #expect(lines.contains("  i    66.0s kept executor 3: holds shuffle data (shuffle 4)"))
    }

    /// Overviews with too many changes to list mark each kind of change with a symbol, and the legend says what
    /// each symbol means, how often it occurs and when.
    @Test func perKindMarkersComeWithALegendOfTheirSymbols() {
        var renderer = TimelineChartRenderer(width: 80, maxHeight: 8)
        renderer.markerStyle = .perKind
        let chart = renderer.render(TimelineFixtures.entries, start: .zero, end: TimelineFixtures.t(80))
        let lines = chart.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[5].hasPrefix("    =+^^ v"))
        #expect(lines.contains("  █ executors up   · requested, not up yet"))
        #expect(lines.contains("  + more executors requested under backlog (2x, 1.0s–2.0s)"))
        #expect(lines.contains("  - executors released when idle (at 65.0s)"))
        #expect(lines.contains("  k idle executors kept (they hold data) (at 66.0s)"))
        let symbols = Set(lines[5].filter { !$0.isWhitespace })
        let explained = Set(lines.compactMap { $0.hasPrefix("  ") && $0.count > 3 ? $0.dropFirst(2).first : nil })
        #expect(symbols.isSubset(of: explained))
    }

    @Test func scalesTallChartsDown() {
        let tall = [TimelineEntry(time: .zero, kind: .executorsAdded((0..<40).map(String.init)), executors: 40, target: 40)]
        let chart = TimelineChartRenderer(width: 10, maxHeight: 4).render(tall, start: .zero, end: TimelineFixtures.t(10))
        #expect(chart.hasPrefix(" 40 |██████████\n 30 |██████████\n 20 |██████████\n 10 |██████████\n"))
    }

    @Test func saysSoWhenNothingHappened() {
        #expect(TimelineChartRenderer().render([], start: .zero, end: .zero) == "No executor changes recorded.\n")
    }
}
