import Foundation

/// Where a REPL session writes: results and printed text to `out`, errors and notices to `err`. A protocol so
/// tests capture what a user would read, and the line editor can print notices without breaking the line.
public protocol ReplOutput: AnyObject {
    func out(_ text: String)
    func err(_ text: String)
}
