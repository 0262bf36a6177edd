import Foundation
import SparkbookInterpreter
import SparkbookNotebook

/// Prints a headless run as it happens: each cell's output on stdout, unadorned, so it can be piped and
/// compared; progress (`[2/4] cell 5 ... 0.03s`) and notices on stderr; errors on stderr with a caret.
public final class TerminalRunObserver: RunObserver {
    let errorStyle: TerminalStyle
    let showProgress: Bool
    let out: (String) -> Void
    let err: (String) -> Void

    public init(errorStyle: TerminalStyle, showProgress: Bool = true,
                out: @escaping (String) -> Void = StandardStreams.out,
                err: @escaping (String) -> Void = StandardStreams.err) {
        self.errorStyle = errorStyle
        self.showProgress = showProgress
        self.out = out
        self.err = err
    }

    public func runStarted(codeCells: Int) {}

    public func cellStarted(_ position: CellPosition, source: String) {
        guard showProgress else { return }
        let firstLine = source.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty
            && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }.map(String.init) ?? ""
        let preview = firstLine.count > 60 ? String(firstLine.prefix(57)) + "..." : firstLine
        err(errorStyle.dim("[\(position.step)/\(position.steps)] cell \(position.cellNumber): \(preview)") + "\n")
    }

    public func cellOutput(_ output: LiveOutput, from position: CellPosition) {
        switch output {
        case .stream(.stdout, let text): out(text)
        case .stream(.stderr, let text): err(text)
        case .display(let rich): out(rich.plain + "\n")
        case .result(let rich, _): out(rich.plain + "\n")
        case .error(let rendered): err(rendered.hasSuffix("\n") ? rendered : rendered + "\n")
        }
    }

    public func cellFinished(_ position: CellPosition, seconds: Double, failed: Bool) {
        guard showProgress || failed else { return }
        let status = failed ? errorStyle.red("failed") : "done"
        err(errorStyle.dim("[\(position.step)/\(position.steps)] \(status) in \(String(format: "%.3f", seconds))s") + "\n")
    }

    public func notice(_ text: String) {
        err(errorStyle.cyan("note: ") + text + "\n")
    }
}
