import Dispatch
import Synchronization

/// A listener made from a closure (handy for tests and small observers).
public struct ClosureListener: SparkListener {
    private let body: @Sendable (SparkListenerEvent) -> Void

    public init(_ body: @escaping @Sendable (SparkListenerEvent) -> Void) {
        self.body = body
    }

    public func onEvent(_ event: SparkListenerEvent) { body(event) }
}
