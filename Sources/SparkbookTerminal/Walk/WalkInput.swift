import Foundation

/// Where a walkthrough reads the student's commands from; scripted in tests.
public protocol WalkInput: AnyObject {
    /// The next command line, or nil at end of input.
    func readCommand(prompt: String) -> String?
}
