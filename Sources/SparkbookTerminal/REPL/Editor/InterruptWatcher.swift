import CEditLineShim
import Foundation
import Synchronization

/// Watches for Ctrl-C while an entry runs (the prompt's poll loop is not reading then) and passes each press
/// to the runtime's cancel hook.
final class InterruptWatcher: Sendable {
    private let running = Atomic<Bool>(false)
    private let descriptor: Int32

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Watches until `stop()`; `onInterrupt` runs on the watcher thread.
    func start(onInterrupt: @escaping @Sendable () -> Void) {
        guard descriptor >= 0 else { return }
        running.store(true, ordering: .sequentiallyConsistent)
        let descriptor = self.descriptor
        let thread = Thread { [self] in
            while running.load(ordering: .sequentiallyConsistent) {
                var fd = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                if poll(&fd, 1, 100) > 0, sparkbook_drain_sigint_pipe() > 0 { onInterrupt() }
            }
        }
        thread.start()
    }

    func stop() {
        running.store(false, ordering: .sequentiallyConsistent)
    }
}
