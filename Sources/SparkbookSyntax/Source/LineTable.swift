/// Maps UTF-8 byte offsets to lines and columns.
///
/// Built once per file in O(n) by recording where each line starts; each lookup is a
/// binary search (O(log lines)) plus a walk over one line to count characters, so
/// diagnostics never rescan the whole text.
public struct LineTable: Sendable, Hashable {
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// Total number of UTF-8 bytes in the text.
    public let byteCount: Int

    public init(utf8 bytes: some Collection<UInt8>) {
        var starts = [0]
        var offset = 0
        for byte in bytes {
            offset += 1
            if byte == UInt8(ascii: "\n") { starts.append(offset) }
        }
        lineStarts = starts
        byteCount = offset
    }

    /// Number of lines (a trailing newline opens a final, empty line).
    public var lineCount: Int { lineStarts.count }

    /// The 0-based line index holding `offset` (clamped into the text).
    public func lineIndex(containing offset: Int) -> Int {
        let target = max(0, min(offset, byteCount))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= target { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Byte range of the 0-based line `index`, without its line terminator (`\n` or `\r\n`).
    public func byteRange(ofLine index: Int, in bytes: [UInt8]) -> Range<Int> {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : byteCount
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }

    /// The 0-based line index and 1-based character column of `offset`.
    ///
    /// An offset at the very end of a text that ends in a newline is reported just after
    /// the last character of the last non-empty line, which is where "unexpected end of
    /// input" belongs.
    public func position(of offset: Int, in bytes: [UInt8]) -> (lineIndex: Int, column: Int) {
        var target = max(0, min(offset, byteCount))
        if target == byteCount, target > 0, bytes[target - 1] == UInt8(ascii: "\n") {
            target -= 1
            if target > 0, bytes[target - 1] == UInt8(ascii: "\r") { target -= 1 }
        }
        let index = lineIndex(containing: target)
        let prefix = bytes[lineStarts[index]..<target]
        return (index, String(decoding: prefix, as: UTF8.self).count + 1)
    }
}
