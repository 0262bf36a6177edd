import SparkbookInterpreter

/// Follows a run as it happens: the terminal prints outputs live and progress on stderr; tests record.
public protocol RunObserver: AnyObject {
    func runStarted(codeCells: Int)
    func cellStarted(_ position: CellPosition, source: String)
    func cellOutput(_ output: LiveOutput, from position: CellPosition)
    func cellFinished(_ position: CellPosition, seconds: Double, failed: Bool)
    /// A note for the user (a setting that has no effect, a skipped cell), for stderr.
    func notice(_ text: String)
}
