import Foundation

/// stdin (fd 0) read through one buffer, as the protocol mixes lines and byte counts: a request's line, then in
/// protocol 2 the exact number of bytes its `batchBytes` says, then the next line.
struct StandardInput {
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false

    /// The next line without its newline; nil at the end of input.
    mutating func line() -> [UInt8]? {
        var searched = 0  // bytes after `start` already known to hold no newline (`fill` keeps them after `start`)
        while true {
            if let newline = buffer[(start + searched)...].firstIndex(of: UInt8(ascii: "\n")) {
                defer { start = newline + 1 }
                return Array(buffer[start..<newline])
            }
            searched = buffer.count - start
            guard fill() else {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return Array(buffer[start...])
            }
        }
    }

    /// The next `count` bytes; nil when input ends first.
    mutating func bytes(_ count: Int) -> [UInt8]? {
        while buffer.count - start < count {
            guard fill() else { return nil }
        }
        defer { start += count }
        return Array(buffer[start..<(start + count)])
    }

    /// Reads more of stdin onto the buffer (dropping what was consumed); false at the end of input.
    private mutating func fill() -> Bool {
        if ended { return false }
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(0, &chunk, chunk.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { ended = true; return false }
            buffer.append(contentsOf: chunk[0..<n])
            return true
        }
    }
}
