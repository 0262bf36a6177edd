import SparkbookUtilities

/// Two runs' allocation decisions lined up, decision by decision: the targets in order (initial, each request,
/// each lowering), the idle removals in order (one executor each, with which executor), other removals, and the
/// peak. A time agrees within the tolerance; everything else must be equal. `sparkbook timeline --compare` prints
/// it, and the allocation scenarios (tests/allocation) hold the embedded engine to real Spark with it.
public struct AllocationComparison: Sendable {
    /// How far two times from the first job's start may differ: the larger of `relative` of the later one and
    /// `absolute` milliseconds (issue 19: 20 % or 250 ms).
    public struct Tolerance: Sendable, Equatable {
        public var relative: Double
        public var absoluteMillis: Int64

        public static let standard = Tolerance(relative: 0.2, absoluteMillis: 250)

        public init(relative: Double, absoluteMillis: Int64) {
            self.relative = relative
            self.absoluteMillis = absoluteMillis
        }

        public func allowed(_ a: Int64, _ b: Int64) -> Int64 {
            max(absoluteMillis, Int64((Double(max(abs(a), abs(b))) * relative).rounded()))
        }

        public func accepts(_ a: Int64, _ b: Int64) -> Bool { abs(a - b) <= allowed(a, b) }
    }

    /// One line of the side-by-side view: a decision of each run (or of one), and what differs.
    public struct Row: Sendable, Equatable {
        public var left: AllocationRecord.Timed?
        public var right: AllocationRecord.Timed?
        /// Empty when the two agree.
        public var problem: String
    }

    /// Which decisions' times are held to the tolerance.
    public enum Timing: String, Sendable, CaseIterable {
        /// Every decision's (the issue's criterion).
        case all
        /// Only the backlog requests': lowerings and removals follow when executors came up and ran tasks, which
        /// on a real local-cluster is the time its executor JVMs take to start on the machine at hand.
        case requests
    }

    /// How the executors removed when idle are told apart on the two sides.
    public enum ExecutorIdentity: String, Sendable, CaseIterable {
        /// By the number of tasks each had run: which id a standalone worker's executor gets depends on which JVM
        /// registered first, so ids of two runs need not correspond.
        case work
        /// By id, and whether each had run tasks at all: when one run replays the other's start-up times
        /// (`StartupReplay`), executors register in the same order and ids correspond; how many tasks each ran
        /// then follows the tasks' own overheads, which differ between a JVM and the embedded engine.
        case id
    }

    public var rows: [Row]
    /// Differences that are not about one row (the peak, executors added).
    public var summaryProblems: [String]
    /// The largest time difference among the rows whose decisions are the same, in milliseconds.
    public var largestTimingDifference: Int64
    public let left: AllocationRecord
    public let right: AllocationRecord
    public let tolerance: Tolerance
    public let timing: Timing

    public var agrees: Bool { summaryProblems.isEmpty && rows.allSatisfy { $0.problem.isEmpty } }

    public init(_ left: AllocationRecord, _ right: AllocationRecord, tolerance: Tolerance = .standard,
                timing: Timing = .all, executors: ExecutorIdentity = .work) {
        self.left = left
        self.right = right
        self.tolerance = tolerance
        self.timing = timing
        var rows: [Row] = []
        var largest: Int64 = 0
        /// Pairs the i-th decision of a kind on each side.
        func pair(_ kind: (AllocationRecord.Decision) -> Bool, timed allTimed: Bool,
                  same: (AllocationRecord.Decision, AllocationRecord.Decision) -> Bool) {
            let a = left.decisions.filter { kind($0.decision) }, b = right.decisions.filter { kind($0.decision) }
            for i in 0..<max(a.count, b.count) {
                let l = i < a.count ? a[i] : nil, r = i < b.count ? b[i] : nil
                var problem = ""
                let timed: Bool
                if case .requested = l?.decision { timed = allTimed } else { timed = allTimed && timing == .all }
                if let l, let r {
                    if !same(l.decision, r.decision) {
                        problem = "differs"
                    } else if timed {
                        let gap = abs(l.millis - r.millis)
                        if tolerance.accepts(l.millis, r.millis) {
                            largest = max(largest, gap)
                        } else {
                            problem = "time differs by \(Self.seconds(gap)) (allowed \(Self.seconds(tolerance.allowed(l.millis, r.millis))))"
                        }
                    }
                } else {
                    problem = l == nil ? "only on the right" : "only on the left"
                }
                rows.append(Row(left: l, right: r, problem: problem))
            }
        }
        pair({ if case .initial = $0 { true } else { false } }, timed: false, same: ==)
        pair({ $0.isTargetChange && !Self.isInitial($0) }, timed: true, same: Self.sameTarget)
        pair({ if case .removedIdle = $0 { true } else { false } }, timed: true, same: { _, _ in true })
        pair({ $0.isRemovedOther }, timed: true, same: { _, _ in true })
        self.rows = rows.sorted { Self.sortKey($0) < Self.sortKey($1) }
        largestTimingDifference = largest

        var summary: [String] = []
        switch executors {
        case .work:
            // Which executors went, told by the work each had done: their ids depend on which JVM registered first.
            let removedLeft = Self.removedIdleWork(left), removedRight = Self.removedIdleWork(right)
            if removedLeft != removedRight {
                summary.append("executors removed when idle, by tasks run: \(Self.work(removedLeft)) vs \(Self.work(removedRight))")
            }
        case .id:
            let removedLeft = Self.removedIdle(left), removedRight = Self.removedIdle(right)
            if removedLeft != removedRight {
                summary.append("executors removed when idle: \(Self.list(removedLeft)) vs \(Self.list(removedRight))")
            } else if let idle = removedLeft.first(where: { ((left.tasksRun[$0] ?? 0) == 0) != ((right.tasksRun[$0] ?? 0) == 0) }) {
                summary.append("executor \(idle) removed when idle had run \(left.tasksRun[idle] ?? 0) vs \(right.tasksRun[idle] ?? 0) tasks")
            }
        }
        if left.peakExecutors != right.peakExecutors {
            summary.append("peak executors: \(left.peakExecutors) vs \(right.peakExecutors)")
        }
        if left.executorsAdded != right.executorsAdded {
            summary.append("executors added: \(left.executorsAdded) vs \(right.executorsAdded)")
        }
        summaryProblems = summary
    }

    static func isInitial(_ decision: AllocationRecord.Decision) -> Bool {
        if case .initial = decision { return true }
        return false
    }

    /// Requests agree on the new total and the step; lowerings on the new total.
    static func sameTarget(_ a: AllocationRecord.Decision, _ b: AllocationRecord.Decision) -> Bool {
        switch (a, b) {
        case let (.requested(c1, t1), .requested(c2, t2)): c1 == c2 && t1 == t2
        case let (.lowered(t1, _), .lowered(t2, _)): t1 == t2
        default: false
        }
    }

    static func removedIdle(_ record: AllocationRecord) -> [String] {
        record.decisions.compactMap { if case .removedIdle(let id) = $0.decision { id } else { nil } }
            .sorted { (Int($0) ?? .max, $0) < (Int($1) ?? .max, $1) }
    }

    static func list(_ ids: [String]) -> String { ids.isEmpty ? "none" : ids.joined(separator: ",") }

    /// The number of tasks each executor removed when idle had run, in ascending order.
    static func removedIdleWork(_ record: AllocationRecord) -> [Int] {
        removedIdle(record).map { record.tasksRun[$0] ?? 0 }.sorted()
    }

    static func work(_ counts: [Int]) -> String {
        counts.isEmpty ? "none" : counts.map { "\($0) task\($0 == 1 ? "" : "s")" }.joined(separator: ", ")
    }

    static func sortKey(_ row: Row) -> Int64 {
        min(row.left?.millis ?? .max, row.right?.millis ?? .max)
    }

    /// `2 (0 tasks), 3 (4 tasks)`: the executors removed when idle, with the work each had done.
    static func removedText(_ record: AllocationRecord) -> String {
        let ids = removedIdle(record)
        return ids.isEmpty ? "none" : ids.map { "\($0) (\(record.tasksRun[$0] ?? 0) tasks)" }.joined(separator: ", ")
    }

    /// `+1.2s`, `-3.0s`: a time from the first job's start.
    public static func signedSeconds(_ millis: Int64) -> String {
        (millis <= -50 ? "-" : "+") + seconds(abs(millis))
    }

    static func seconds(_ millis: Int64) -> String {
        let tenths = (abs(millis) + 50) / 100
        return "\(tenths / 10).\(tenths % 10)s"
    }

    /// Both runs side by side, each decision with its time from the first job's start, the differences marked,
    /// then the verdict.
    public func render(leftTitle: String, rightTitle: String) -> String {
        let width = 40
        func cell(_ timed: AllocationRecord.Timed?) -> String {
            guard let timed else { return "" }
            return Self.signedSeconds(timed.millis).leftPadded(to: 7) + "  " + timed.decision.text
        }
        var lines = ["Allocation decisions, times from the first job's start",
                     leftTitle.rightPadded(to: width) + " | " + rightTitle,
                     String(repeating: "-", count: width) + "-+-" + String(repeating: "-", count: width)]
        for row in rows {
            var line = cell(row.left).rightPadded(to: width) + " | " + cell(row.right).rightPadded(to: width)
            if !row.problem.isEmpty { line += "  <- " + row.problem }
            lines.append(line.trimmingTrailingSpaces())
        }
        lines.append("peak executors: \(left.peakExecutors) | \(right.peakExecutors); added: \(left.executorsAdded) | "
                     + "\(right.executorsAdded); removed when idle: \(Self.removedText(left)) | \(Self.removedText(right))")
        for problem in summaryProblems { lines.append("differs: " + problem) }
        let verdict = agrees ? "AGREE" : "DIFFER"
        lines.append("\(verdict): \(rows.count) decisions compared; largest time difference where they agree "
                     + Self.seconds(largestTimingDifference) + " (tolerance \(Int(tolerance.relative * 100))% or "
                     + "\(tolerance.absoluteMillis) ms" + (timing == .all ? "" : "; times of requests only") + ")")
        return lines.joined(separator: "\n") + "\n"
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
