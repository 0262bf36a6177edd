import ArgumentParser

/// Where outside plugins come from for a run, a walkthrough or a REPL: the project's `plugins/` and
/// `~/.sparkbook/plugins`, plus `--plugins DIR`; `--no-plugins` runs with the built-ins only.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugins"), help: ArgumentHelp("Also load the plugins in this folder (a plugin folder, or a folder of them); repeatable.",
                                                             valueName: "DIR"))
    var folders: [String] = []

    @Flag(name: .customLong("no-plugins"), help: "Run with the built-in plugins only.")
    var noPlugins = false
}
