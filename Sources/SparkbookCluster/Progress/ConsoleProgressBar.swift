/// Spark's console progress bar as a pure function of the active stages:
/// `[Stage 7:===========>              (14174 + 5) / 62500]`.
///
/// Only stages with more than one task that have run longer than `firstDelay` (500 ms) are shown, at most
/// three side by side, sharing the terminal width (`$COLUMNS`, else 80) equally.
public struct ConsoleProgressBar: Hashable, Sendable {
    /// What the bar needs to know of one active stage.
    public struct Stage: Hashable, Sendable {
        public var stageId: Int
        public var totalTasks: Int
        public var completedTasks: Int
        public var runningTasks: Int
        /// Wall-clock milliseconds.
        public var submittedAt: Int64

        public init(stageId: Int, totalTasks: Int, completedTasks: Int, runningTasks: Int, submittedAt: Int64) {
            self.stageId = stageId
            self.totalTasks = totalTasks
            self.completedTasks = completedTasks
            self.runningTasks = runningTasks
            self.submittedAt = submittedAt
        }
    }

    public static let firstDelayMillis: Int64 = 500
    public static let maxStages = 3

    public var width: Int

    public init(width: Int) {
        self.width = max(1, width)
    }

    /// The width from `COLUMNS`, else 80.
    public init(environment: [String: String]) {
        self.init(width: environment["COLUMNS"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 80)
    }

    /// The bar text (without carriage returns), or nil when no stage qualifies yet.
    public func render(_ stages: [Stage], now: Int64) -> String? {
        let shown = stages
            .filter { $0.totalTasks > 1 && now - $0.submittedAt > Self.firstDelayMillis }
            .sorted { $0.stageId < $1.stageId }
            .prefix(Self.maxStages)
        guard !shown.isEmpty else { return nil }
        let each = width / shown.count
        return shown.map { render($0, width: each) }.joined()
    }

    /// One stage in `width` columns: header, `=` up to the completed share, `>`, spaces, then the counts.
    func render(_ stage: Stage, width: Int) -> String {
        let header = "[Stage \(stage.stageId):"
        let tail = "(\(stage.completedTasks) + \(stage.runningTasks)) / \(stage.totalTasks)]"
        let barWidth = width - header.count - tail.count
        guard barWidth > 0 else { return header + tail }
        let done = barWidth * stage.completedTasks / max(1, stage.totalTasks)
        var bar = ""
        for column in 0..<barWidth {
            bar += column < done ? "=" : column == done ? ">" : " "
        }
        return header + bar + tail
    }

    /// What erases a shown bar: carriage return, spaces over the full width, carriage return.
    public var clearText: String { "\r" + String(repeating: " ", count: width) + "\r" }
}
