import Dispatch
import Foundation
import Synchronization

/// The thread that runs the allocation round every 100 ms of the runtime's clock, between jobs too (idle
/// executors must leave even when nothing runs). It polls the clock at a short real interval, so it follows a
/// real clock and a clock moved by hand alike.
final class AllocationTicker: Sendable {
    private let stopping = Mutex(false)
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchGroup()

    init(clock: any Clock, interval: ClockDuration, poll: Duration, tick: @escaping @Sendable () -> Void) {
        let pollMicros = max(1000, Int(poll.components.seconds * 1_000_000 + poll.components.attoseconds / 1_000_000_000_000))
        finished.enter()
        let thread = Thread { [self] in
            var next = clock.now + interval
            while !self.stopping.withLock({ $0 }) {
                let now = clock.now
                if now >= next {
                    tick()
                    next = now + interval
                }
                _ = self.wake.wait(timeout: .now() + .microseconds(pollMicros))
            }
            self.finished.leave()
        }
        thread.name = "allocation-ticker"
        thread.start()
    }

    /// Stops the loop and waits for the thread to exit.
    func stop() {
        let first = stopping.withLock { value -> Bool in
            defer { value = true }
            return !value
        }
        if first { wake.signal() }
        finished.wait()
    }
}
