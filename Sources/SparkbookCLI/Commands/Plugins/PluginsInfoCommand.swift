import ArgumentParser
import SparkbookPlugins

/// `sparkbook plugins info NAME`: one plugin's origin, manifest and every capability it registers.
struct PluginsInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Show one plugin: where it is from and what it provides.")

    @Argument(help: "The plugin's name, as `plugins list` shows it.")
    var name: String

    @OptionGroup var plugins: PluginOptions

    func run() throws {
        let registry = Plugins.registry(plugins)
        guard let plugin = registry.installed.first(where: { $0.name == name }) else {
            throw CLIError.message("no plugin named '\(name)'; installed: \(registry.installedPlugins.joined(separator: ", "))")
        }
        print("name: \(plugin.name)")
        print("origin: \(plugin.origin)")
        if let manifest = registry.connection(named: name)?.manifest {
            print("version: \(manifest.version)")
            print("protocol version: \(manifest.protocolVersion)")
            print("command: \(manifest.command.joined(separator: " "))")
            if let requires = manifest.requires, !requires.isEmpty { print("requires: \(requires.joined(separator: ", "))") }
            if let description = manifest.description { print("description: \(description)") }
            for function in manifest.provides.functions ?? [] {
                print("function: \(function.name)(\(function.arguments.joined(separator: ", "))) -> \(function.returns)")
            }
            for source in manifest.provides.dataSources ?? [] { print("data-source: \(source)") }
            for magic in manifest.provides.magics ?? [] { print("magic: %%\(magic)") }
        } else {
            for capability in plugin.provides { print("\(capability.kind.rawValue): \(capability.name)") }
        }
    }
}
