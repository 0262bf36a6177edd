import Dispatch
import Synchronization

/// Receives every event of the application, in order.
public protocol SparkListener: Sendable {
    func onEvent(_ event: SparkListenerEvent)
}

/// Spark's asynchronous listener bus: `post` only enqueues, and one serial queue calls every listener in
/// subscription order, so listeners never run inside the scheduler's locks and never see events out of order.
public final class ListenerBus: Sendable {
    private let queue = DispatchQueue(label: "sparkbook.listener-bus")
    private let listeners = Mutex<[any SparkListener]>([])

    public init(listeners: [any SparkListener] = []) {
        self.listeners.withLock { $0 = listeners }
    }

    /// Adds a listener; it receives events posted from now on.
    public func subscribe(_ listener: any SparkListener) {
        listeners.withLock { $0.append(listener) }
    }

    public func post(_ event: SparkListenerEvent) {
        let current = listeners.withLock { $0 }
        queue.async {
            for listener in current { listener.onEvent(event) }
        }
    }

    /// Waits until every event posted so far has been delivered.
    public func flush() {
        queue.sync {}
    }
}
