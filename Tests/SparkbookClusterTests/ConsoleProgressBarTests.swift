import SparkbookCluster
import Testing

@Suite struct ConsoleProgressBarTests {
    let stage7 = ConsoleProgressBar.Stage(stageId: 7, totalTasks: 62500, completedTasks: 14174, runningTasks: 5,
                                          submittedAt: 0)

    @Test func rendersSparksBar() {
        let text = ConsoleProgressBar(width: 80).render([stage7], now: 1000)
        #expect(text == "[Stage 7:" + String(repeating: "=", count: 11) + ">" + String(repeating: " ", count: 39)
            + "(14174 + 5) / 62500]")
        #expect(text?.count == 80)
    }

    @Test func waitsHalfASecondAndSkipsSingleTaskStages() {
        let bar = ConsoleProgressBar(width: 80)
        #expect(bar.render([stage7], now: 500) == nil)
        let single = ConsoleProgressBar.Stage(stageId: 1, totalTasks: 1, completedTasks: 0, runningTasks: 1,
                                              submittedAt: 0)
        #expect(bar.render([single], now: 10_000) == nil)
    }

    @Test func sharesTheWidthAmongAtMostThreeStages() {
        let stages = (1...4).map { ConsoleProgressBar.Stage(stageId: $0, totalTasks: 10, completedTasks: 10,
                                                            runningTasks: 0, submittedAt: 0) }
        let text = ConsoleProgressBar(width: 90).render(stages, now: 1000)!
        // 90 / 3 = 30 columns each: 9 for the header, 14 for the counts, 7 for the bar.
        #expect(text == (1...3).map { "[Stage \($0):" + String(repeating: "=", count: 7) + "(10 + 0) / 10]" }.joined())
        #expect(ConsoleProgressBar(environment: ["COLUMNS": "120"]).width == 120)
        #expect(ConsoleProgressBar(environment: [:]).width == 80)
    }
}
