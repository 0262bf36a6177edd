/// Collects output in memory (tests, and callers that render it later).
public final class BufferedOutputSink: OutputSink {
    public enum Event: Equatable {
        case stream(OutputStream, String)
        case display(RichOutput)
    }

    public private(set) var events: [Event] = []

    public init() {}

    public func write(_ text: String, to stream: OutputStream) {
        if case .stream(let s, let previous)? = events.last, s == stream {
            events[events.count - 1] = .stream(stream, previous + text)
        } else {
            events.append(.stream(stream, text))
        }
    }

    public func display(_ output: RichOutput) {
        events.append(.display(output))
    }

    /// Everything written to stdout, with displays as their plain text.
    public var stdout: String {
        events.map { event in
            switch event {
            case .stream(.stdout, let text): text
            case .display(let output): output.plain + "\n"
            case .stream: ""
            }
        }.joined()
    }
}
