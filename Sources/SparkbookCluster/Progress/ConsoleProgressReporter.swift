import Dispatch
import Foundation
import Synchronization

/// Drives the console progress bar from listener events: keeps the active stages' counts, redraws every
/// 200 ms when the text changed, and clears the bar when a job ends. Writes to stderr only (and is only
/// created when stderr is a terminal) so captured notebook output never contains it.
public final class ConsoleProgressReporter: SparkListener {
    public static let refreshMillis = 200

    private struct State {
        var stages: [Int: ConsoleProgressBar.Stage] = [:]
        var lastText = ""
        var stopped = false
    }

    private let state = Mutex(State())
    private let bar: ConsoleProgressBar
    private let now: @Sendable () -> Int64
    private let write: @Sendable (String) -> Void
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchGroup()
    private let refreshing: Bool

    /// `write` defaults to stderr; `refresh: false` leaves redrawing to explicit `refresh()` calls (tests).
    public init(width: Int? = nil, now: @escaping @Sendable () -> Int64,
                write: @escaping @Sendable (String) -> Void = ConsoleProgressReporter.writeToStderr,
                refresh: Bool = true) {
        bar = width.map { ConsoleProgressBar(width: $0) }
            ?? ConsoleProgressBar(environment: ProcessInfo.processInfo.environment)
        self.now = now
        self.write = write
        refreshing = refresh
        guard refresh else { return }
        finished.enter()
        let thread = Thread { [self] in
            while self.wake.wait(timeout: .now() + .milliseconds(Self.refreshMillis)) == .timedOut {
                self.refresh()
            }
            self.finished.leave()
        }
        thread.name = "console-progress"
        thread.start()
    }

    public static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    public static let writeToStderr: @Sendable (String) -> Void = { text in
        FileHandle.standardError.write(Data(text.utf8))
    }

    public func onEvent(_ event: SparkListenerEvent) {
        var clear = false
        state.withLock { s in
            switch event {
            case .stageSubmitted(let info):
                s.stages[info.stageId] = .init(stageId: info.stageId, totalTasks: info.numTasks, completedTasks: 0,
                                               runningTasks: 0, submittedAt: info.submissionTime ?? now())
            case .stageCompleted(let info):
                s.stages[info.stageId] = nil
            case let .taskStart(stageId, _, _):
                s.stages[stageId]?.runningTasks += 1
            case let .taskEnd(stageId, _, _, _, reason, _):
                s.stages[stageId]?.runningTasks -= 1
                if reason == .success { s.stages[stageId]?.completedTasks += 1 }
            case .jobEnd:
                clear = !s.lastText.isEmpty
                s.lastText = ""
            default:
                break
            }
        }
        if clear { write(bar.clearText) }
    }

    /// Redraws when the text changed since the last draw.
    public func refresh() {
        let text: String? = state.withLock { s in
            guard !s.stopped, let text = bar.render(Array(s.stages.values), now: now()), text != s.lastText
            else { return nil }
            s.lastText = text
            return text
        }
        if let text { write("\r" + text) }
    }

    /// Stops redrawing and erases a bar still shown.
    public func stop() {
        if refreshing {
            wake.signal()
            finished.wait()
        }
        let clear = state.withLock { s -> Bool in
            s.stopped = true
            defer { s.lastText = "" }
            return !s.lastText.isEmpty
        }
        if clear { write(bar.clearText) }
    }
}
