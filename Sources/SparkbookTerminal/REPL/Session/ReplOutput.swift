import Foundation

/// Where a REPL session writes: results and printed text to `out`, errors and notices to `err`. A protocol so
/// tests capture what a user would read, and the line editor can print notices without breaking the line.
public protocol ReplOutput: AnyObject {
    func out(_ text: String)
    func err(_ text: String)
}

/// The process's stdout and stderr, unbuffered.
public final class StandardReplOutput: ReplOutput {
    public init() {}
    public func out(_ text: String) { StandardStreams.out(text) }
    public func err(_ text: String) { StandardStreams.err(text) }
}

/// Keeps everything written, in order, for tests.
public final class CapturedReplOutput: ReplOutput {
    public private(set) var stdout = ""
    public private(set) var stderr = ""

    public init() {}
    public func out(_ text: String) { stdout += text }
    public func err(_ text: String) { stderr += text }
}
