import ArgumentParser

/// `sparkbook plugins list|info|check`: what is installed, where from, what it provides, and whether a plugin
/// folder works.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the installed plugins, show one, or check a plugin folder.",
        subcommands: [PluginsListCommand.self, PluginsInfoCommand.self, PluginsCheckCommand.self]
    )
}
