import Foundation

/// The REPL with stdin not a terminal (`sparkbook repl < cells.py`): no editor, no prompts, no colour; lines
/// grouped into complete entries and run one by one; the first error stops it with exit status 1.
public struct ScriptRepl {
    public let session: ReplSession

    public init(session: ReplSession) {
        self.session = session
    }

    /// Reads lines until end of input or `:quit`; returns the exit status.
    public func run(reading input: FileHandle = .standardInput) async -> Int32 {
        var reader = LineReader(handle: input)
        while !session.wantsQuit, let line = reader.next() {
            if case .ran(succeeded: false) = await session.feed(line) { return 1 }
        }
        if session.wantsQuit { return 0 }
        if case .ran(succeeded: false) = await session.finishInput() { return 1 }
        return 0
    }
}

/// Lines from a file handle, read in chunks (Foundation's `readLine` only reads stdin).
struct LineReader {
    let handle: FileHandle
    private var buffer: [UInt8] = []
    private var finished = false

    init(handle: FileHandle) {
        self.handle = handle
    }

    mutating func next() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<newline])
                buffer.removeFirst(newline + 1)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            if finished {
                guard !buffer.isEmpty else { return nil }
                defer { buffer = [] }
                return String(decoding: buffer, as: UTF8.self)
            }
            let chunk = handle.availableData
            if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
