import Dispatch
import Foundation
import Testing
@testable import SparkbookEngine

/// Pieces of one task run at once, their results in order and the first piece's error thrown.
struct ParallelMapTests {
    struct Failure: Error, Equatable { let index: Int }

    @Test func resultsComeBackInIndexOrder() throws {
        #expect(try ParallelMap.map(100) { $0 * $0 } == (0..<100).map { $0 * $0 })
        #expect(try ParallelMap.map(0) { $0 }.isEmpty)
    }

    @Test func theLowestIndexsErrorIsThrown() {
        #expect(throws: Failure(index: 3)) {
            try ParallelMap.map(10) { i -> Int in if i == 3 || i == 7 { throw Failure(index: i) }; return i }
        }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1))
    func piecesRunAtTheSameTime() throws {
        // Piece 0 waits for piece 1: a sequential loop would time out.
        let second = DispatchSemaphore(value: 0)
        let met = try ParallelMap.map(2) { i -> Bool in
            if i == 1 { second.signal(); return true }
            return second.wait(timeout: .now() + 30) == .success
        }
        #expect(met == [true, true])
    }
}
