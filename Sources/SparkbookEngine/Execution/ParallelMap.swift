import Dispatch
import Synchronization

/// Runs independent pieces of one task on the machine's cores (GCD's pool, beside the scheduler's task threads):
/// a Parquet row group's column chunks decode at once, as Spark's vectorized reader cannot but the format allows.
/// Results come back in index order; the lowest index's error is the one thrown, as a sequential loop would.
enum ParallelMap {
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        if count <= 1 { return try (0..<count).map(body) }
        let results = Mutex<[Result<T, any Error>?]>(Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let result = Result { try body(i) }
            results.withLock { $0[i] = result }
        }
        return try results.withLock { $0 }.map { try $0!.get() }
    }
}
