import CEditLineShim
import Foundation
import Synchronization

/// Watches for Ctrl-C while an entry runs (the prompt's poll loop is not reading then) and passes each press
/// to the runtime's cancel hook. `stop()` returns only once the watcher thread has ended, so a Ctrl-C typed
/// at the next prompt always reaches the line editor, never a stale watcher.
final class InterruptWatcher: Sendable {
    private let running = Atomic<Bool>(false)
    private let descriptor: Int32
    /// Written by `stop()` to wake the watcher's poll at once.
    private let wake: (read: Int32, write: Int32)
    private let finished = DispatchSemaphore(value: 0)

    init(descriptor: Int32) {
        self.descriptor = descriptor
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        }
        wake = (fds[0], fds[1])
    }

    deinit {
        if wake.read >= 0 { close(wake.read) }
        if wake.write >= 0 { close(wake.write) }
    }

    /// Watches until `stop()`; `onInterrupt` runs on the watcher thread.
    func start(onInterrupt: @escaping @Sendable () -> Void) {
        guard descriptor >= 0, wake.read >= 0 else { return }
        running.store(true, ordering: .sequentiallyConsistent)
        let thread = Thread { [self] in
            defer { finished.signal() }
            while running.load(ordering: .sequentiallyConsistent) {
                var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
                guard poll(&fds, 2, -1) > 0 else { continue }
                if fds[1].revents != 0 {
                    var byte: UInt8 = 0
                    _ = read(wake.read, &byte, 1)
                    continue
                }
                if running.load(ordering: .sequentiallyConsistent), sparkbook_drain_sigint_pipe() > 0 { onInterrupt() }
            }
        }
        thread.start()
    }

    func stop() {
        guard running.exchange(false, ordering: .sequentiallyConsistent) else { return }
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
        finished.wait()
    }
}
