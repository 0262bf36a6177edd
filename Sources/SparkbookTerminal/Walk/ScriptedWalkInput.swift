import Foundation

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
