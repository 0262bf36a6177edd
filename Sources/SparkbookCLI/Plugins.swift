import SparkbookPlugins
import SparkbookTextSource

/// The registry every command uses: the built-ins, then the plugins shipped in `plugins/`.
enum Plugins {
    static func registry() -> PluginRegistry {
        let registry = PluginRegistry.standard()
        registry.install(TextSourcePlugin())
        return registry
    }
}
