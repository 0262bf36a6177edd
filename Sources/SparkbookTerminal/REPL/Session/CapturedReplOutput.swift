import Foundation

/// Keeps everything written, in order, for tests.
public final class CapturedReplOutput: ReplOutput {
    public private(set) var stdout = ""
    public private(set) var stderr = ""

    public init() {}
    public func out(_ text: String) { stdout += text }
    public func err(_ text: String) { stderr += text }
}
