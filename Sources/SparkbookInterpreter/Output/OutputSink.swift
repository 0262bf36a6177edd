/// Where a running cell's output goes: text streams (`print`, `show()`) and rich displays (`display(df)`).
///
/// The notebook runner records them as cell outputs and echoes them live; the REPL prints them.
public protocol OutputSink: AnyObject {
    func write(_ text: String, to stream: OutputStream)
    func display(_ output: RichOutput)
}
