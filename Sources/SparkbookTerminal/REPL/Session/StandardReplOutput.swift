import Foundation

/// The process's stdout and stderr, unbuffered.
public final class StandardReplOutput: ReplOutput {
    public init() {}
    public func out(_ text: String) { StandardStreams.out(text) }
    public func err(_ text: String) { StandardStreams.err(text) }
}
