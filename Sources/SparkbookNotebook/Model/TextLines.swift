import Foundation

/// Line splitting the way the Python tools do it, so our files match theirs byte for byte.
public enum TextLines {
    /// Python's `str.splitlines(keepends=True)`: breaks after `\n`, `\r\n`, `\r`, `\v`, `\f`,
    /// `\x1c`-`\x1e`, `\x85`, U+2028 and U+2029; each piece keeps its terminator.
    public static func splitKeepingEnds(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            current.append(scalar)
            if scalar == "\r", pending == "\n" {
                current.append("\n")
                pending = iterator.next()
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else if isLineBreak(scalar) {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    /// Splits on `\n` only (also dropping a `\r` before it), for the line-oriented `.py` formats.
    public static func splitOnNewlines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line))
        }
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
