import Foundation

/// Where a walkthrough reads the student's commands from; scripted in tests.
public protocol WalkInput: AnyObject {
    /// The next command line, or nil at end of input.
    func readCommand(prompt: String) -> String?
}

/// Lines from standard input, with the prompt on stderr so stdout stays the notebook's output.
public final class StandardWalkInput: WalkInput {
    public init() {}

    public func readCommand(prompt: String) -> String? {
        StandardStreams.err(prompt)
        return readLine(strippingNewline: true)
    }
}

/// A fixed list of commands (tests, `--keys`).
public final class ScriptedWalkInput: WalkInput {
    private var commands: [String]
    public private(set) var prompts: [String] = []

    public init(_ commands: [String]) {
        self.commands = commands
    }

    public func readCommand(prompt: String) -> String? {
        prompts.append(prompt)
        return commands.isEmpty ? nil : commands.removeFirst()
    }
}
