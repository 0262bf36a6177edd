#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks the lines of a byte buffer (`\n` or `\r\n` endings, last line may lack one) with Hadoop's split rule:
/// a split that does not start at 0 skips to the first line after its start, and the line that crosses (or starts
/// exactly at) its end is read by it. Splits that tile a file therefore read every line exactly once.
public struct CSVLineScanner {
    public let buffer: UnsafeRawBufferPointer
    /// The next line's first byte.
    public private(set) var position: Int
    /// Lines starting after this offset belong to the next split.
    public let lastLineStart: Int

    public init(_ buffer: UnsafeRawBufferPointer, split: Range<Int>? = nil) {
        self.buffer = buffer
        let split = split ?? 0..<buffer.count
        // An empty split reads nothing (Spark never makes one; this keeps degenerate cuts consistent).
        lastLineStart = split.isEmpty ? -1 : min(split.upperBound, buffer.count - 1)
        position = split.lowerBound == 0 ? 0 : CSVLineScanner.lineEnd(in: buffer, from: split.lowerBound) + 1
    }

    /// The offset of the first `\n` at or after `from`, or `buffer.count` when there is none. Uses `memchr`,
    /// which libc vectorises.
    public static func lineEnd(in buffer: UnsafeRawBufferPointer, from: Int) -> Int {
        guard from < buffer.count, let base = buffer.baseAddress else { return buffer.count }
        guard let hit = memchr(base + from, 0x0A, buffer.count - from) else { return buffer.count }
        return base.distance(to: UnsafeRawPointer(hit))
    }

    /// The next line's bytes without its terminator, or `nil` past the split.
    public mutating func next() -> Range<Int>? {
        let start = position
        guard start <= lastLineStart else { return nil }
        let newline = CSVLineScanner.lineEnd(in: buffer, from: start)
        position = newline + 1
        var stop = newline
        if stop > start, buffer[stop - 1] == 0x0D { stop -= 1 }
        return start..<stop
    }

    /// Whether a line holds only bytes Java's `String.trim` removes (Spark skips such lines).
    @inline(__always)
    public static func isBlank(_ buffer: UnsafeRawBufferPointer, _ line: Range<Int>) -> Bool {
        var i = line.lowerBound
        while i < line.upperBound {
            if buffer[i] > 0x20 { return false }
            i += 1
        }
        return true
    }

    /// The 1-based line number of the line starting at `offset` (counts newlines; only used for error reports).
    public static func lineNumber(in buffer: UnsafeRawBufferPointer, at offset: Int) -> Int {
        var count = 1
        var i = 0
        while i < offset {
            let next = lineEnd(in: buffer, from: i)
            guard next < offset else { break }
            count += 1
            i = next + 1
        }
        return count
    }
}
