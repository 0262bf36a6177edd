/// Output nobody sees: what a function prints while it runs on Spark's executors (`df.foreach(f)`), whose
/// standard output goes to the executor's log, not to the notebook cell.
final class DiscardingOutputSink: OutputSink {
    func write(_ text: String, to stream: OutputStream) {}
    func display(_ output: RichOutput) {}
}

extension Interpreter {
    /// Runs `body` with everything it prints discarded, as on an executor.
    func onExecutor<T>(_ body: () async throws -> T) async throws -> T {
        let cell = sink
        sink = DiscardingOutputSink()
        defer { sink = cell }
        return try await body()
    }
}
