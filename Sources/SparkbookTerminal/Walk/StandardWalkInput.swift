import Foundation

/// Lines from standard input, with the prompt on stderr so stdout stays the notebook's output.
public final class StandardWalkInput: WalkInput {
    public init() {}

    public func readCommand(prompt: String) -> String? {
        StandardStreams.err(prompt)
        return readLine(strippingNewline: true)
    }
}
