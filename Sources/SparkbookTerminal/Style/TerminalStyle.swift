import Foundation

/// Whether to colour output: only on a terminal, never with `NO_COLOR` (https://no-color.org), never in CI logs
/// unless forced with `--color`.
public struct TerminalStyle: Sendable {
    public let color: Bool

    public init(color: Bool) {
        self.color = color
    }

    /// Colour when the stream is a terminal and `NO_COLOR` is unset or empty.
    public static func detect(fileDescriptor: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        return TerminalStyle(color: !noColor && isatty(fileDescriptor) == 1 && environment["TERM"] != "dumb")
    }

    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
