import ArgumentParser
import SparkbookPlugins

/// `sparkbook plugins list`: every plugin a run would install, its origin and what it provides.
struct PluginsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the installed plugins and what each provides.")

    @OptionGroup var plugins: PluginOptions

    func run() {
        let registry = Plugins.registry(plugins)
        for plugin in registry.installed {
            let kinds = Dictionary(grouping: plugin.provides, by: \.kind)
            let provided = Capability.Kind.allCases.compactMap { kind in
                kinds[kind].map { "\($0.count) \(kind.rawValue)\($0.count == 1 ? "" : "s")" }
            }
            print("\(plugin.name)  \(plugin.origin)  \(provided.joined(separator: ", "))")
        }
    }
}
