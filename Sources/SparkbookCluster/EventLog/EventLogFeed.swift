import Dispatch
import Foundation
import Synchronization

/// Feeds a running Spark application's event log to listeners: polls an `EventLogFollower` on a thread of its
/// own and posts what it reads to a `ListenerBus`, so the views that listen to the embedded engine's bus (the
/// console progress bar, the walkthrough's panels) follow a real application through the same events. It keeps
/// what it read, for the timeline and the report at the end.
///
///     let feed = EventLogFeed(follower: EventLogFollower(directory: dir), bus: ListenerBus(listeners: [bar]))
///     feed.start()  // … cells run …
///     feed.stop()   // after spark.stop(): reads the rest of the log
public final class EventLogFeed: Sendable {
    /// 250 ms: the progress bar redraws every 200 ms, and a poll of a growing plain log reads only its new bytes.
    public static let intervalMillis = 250

    private struct State {
        var events: [SparkListenerEvent] = []
        var error: EventLogError?
        var started = false
    }

    public let follower: EventLogFollower
    public let bus: ListenerBus
    private let state = Mutex(State())
    private let interval: Int
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchGroup()

    public init(follower: EventLogFollower, bus: ListenerBus, intervalMillis: Int = EventLogFeed.intervalMillis) {
        self.follower = follower
        self.bus = bus
        interval = intervalMillis
    }

    /// Starts polling every `intervalMillis` until `stop()`.
    public func start() {
        let first = state.withLock { s in
            defer { s.started = true }
            return !s.started
        }
        guard first else { return }
        finished.enter()
        let thread = Thread { [self] in
            while self.wake.wait(timeout: .now() + .milliseconds(self.interval)) == .timedOut {
                self.pump()
            }
            self.finished.leave()
        }
        thread.name = "event-log-feed"
        thread.start()
    }

    /// Reads the lines completed since the last poll and posts their events; returns how many. After a
    /// malformed line it reads no more (`error` says which).
    @discardableResult
    public func pump() -> Int {
        state.withLock { s in
            guard s.error == nil else { return 0 }
            do throws(EventLogError) {
                let fresh = try follower.poll()
                s.events += fresh
                for event in fresh { bus.post(event) }
                return fresh.count
            } catch {
                s.error = error
                return 0
            }
        }
    }

    /// Stops polling, reads what is left (the end Spark wrote on `stop()`) and waits until every listener has it.
    public func stop() {
        let running = state.withLock { s in
            defer { s.started = false }
            return s.started
        }
        if running {
            wake.signal()
            finished.wait()
        }
        pump()
        bus.flush()
    }

    /// Every event read so far, in the log's order.
    public var events: [SparkListenerEvent] { state.withLock { $0.events } }

    /// Why reading stopped early, if it did.
    public var error: EventLogError? { state.withLock { $0.error } }
}
