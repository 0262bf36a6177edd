/// Where a running cell's output goes: text streams (`print`, `show()`) and rich displays (`display(df)`).
///
/// The notebook runner records them as cell outputs and echoes them live; the REPL prints them.
public protocol OutputSink: AnyObject {
    func write(_ text: String, to stream: OutputStream)
    func display(_ output: RichOutput)
}

public enum OutputStream: String, Sendable {
    case stdout, stderr
}

/// One displayable result in several representations, as Jupyter's mime bundles carry them.
public struct RichOutput: Sendable, Equatable {
    public var plain: String
    public var html: String?

    public init(plain: String, html: String? = nil) {
        self.plain = plain
        self.html = html
    }
}

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
