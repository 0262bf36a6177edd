import Foundation

/// Unbuffered writes to stdout and stderr, so live output and progress interleave in the order they happen.
public enum StandardStreams {
    public static func out(_ text: String) { write(text, to: FileHandle.standardOutput) }
    public static func err(_ text: String) { write(text, to: FileHandle.standardError) }

    private static func write(_ text: String, to handle: FileHandle) {
        guard !text.isEmpty else { return }
        handle.write(Data(text.utf8))
    }
}
