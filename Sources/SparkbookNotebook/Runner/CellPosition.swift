import SparkbookInterpreter

/// Where a cell sits: its index in the notebook and its place among the code cells that run.
public struct CellPosition: Sendable, Equatable {
    /// 1-based index among all cells, as errors report it (`file:cell:line:col`).
    public var cellNumber: Int
    /// 1-based index among the code cells to run, and their count (`[2/4]`).
    public var step: Int
    public var steps: Int
}
