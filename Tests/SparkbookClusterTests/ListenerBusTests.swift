import Foundation
import SparkbookCluster
import Synchronization
import Testing

@Suite struct ListenerBusTests {
    @Test func deliversInOrderOffTheCallersThread() {
        let seen = Mutex<[Int]>([])
        let threads = Mutex<Set<Bool>>([])
        let bus = ListenerBus(listeners: [ClosureListener { event in
            if case .applicationEnd(let time) = event { seen.withLock { $0.append(Int(time)) } }
            threads.withLock { _ = $0.insert(Thread.isMainThread) }
        }])
        for i in 0..<200 { bus.post(.applicationEnd(time: Int64(i))) }
        bus.flush()
        #expect(seen.withLock { $0 } == Array(0..<200))
    }

    @Test func laterSubscribersSeeLaterEvents() {
        let bus = ListenerBus()
        let recorder = EventRecorder()
        bus.post(.applicationEnd(time: 1))
        bus.subscribe(recorder)
        bus.post(.applicationEnd(time: 2))
        bus.flush()
        #expect(recorder.events == [.applicationEnd(time: 2)])
    }
}
