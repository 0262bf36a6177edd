import SparkbookInterpreter

/// One piece of output as it appears.
public enum LiveOutput: Sendable, Equatable {
    case stream(OutputStream, String)
    case display(RichOutput)
    /// The cell's value (`Out[n]`).
    case result(RichOutput, executionCount: Int)
    /// The cell failed: the rendered diagnostic.
    case error(String)
}
