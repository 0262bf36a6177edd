import Foundation
import SparkbookUtilities

/// A nested-loop join (no equi-keys: `crossJoin`, non-equi conditions) pairs every row of one side with every row
/// of the other, and the engine still holds one join task's pairs in memory at once (its output is not streamed in
/// batches yet). Spark streams such a join and would run it for hours; Sparkbook refuses, before allocating, a task
/// whose pairs could not fit in half the machine's memory, with an error that names the sizes, rather than being
/// killed by the allocator and taking the REPL or the run with it.
enum NestedLoopJoinLimit {
    /// Bytes a pair costs while the join runs: its two row indices, and a value per output column.
    static func estimatedBytes(leftRows: Int, rightRows: Int, outputColumns: Int) -> Double {
        Double(leftRows) * Double(rightRows) * Double(8 + 8 * max(outputColumns, 1))
    }

    static func check(leftRows: Int, rightRows: Int, outputColumns: Int,
                      limitBytes: Double = Double(ProcessInfo.processInfo.physicalMemory) / 2) throws {
        let bytes = estimatedBytes(leftRows: leftRows, rightRows: rightRows, outputColumns: outputColumns)
        guard bytes > limitBytes else { return }
        let pairs = Double(leftRows) * Double(rightRows)
        throw SparkError(.execution, message: "A nested-loop join task would pair \(leftRows) rows with \(rightRows) rows "
            + "(\(Int64(min(pairs, 0x1p62))) pairs, about \(ByteCountText.format(Int64(min(bytes, 0x1p62)))) in memory, more than half of this "
            + "machine's \(ByteCountText.format(Int64(min(limitBytes * 2, 0x1p62))))): Sparkbook does not stream a join's output yet. Join on "
            + "equal keys, or filter or aggregate a side before a crossJoin.")
    }
}
