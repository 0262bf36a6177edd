import Foundation
import SparkbookPlugins
import SparkbookTextSource

/// The registry every command uses: the built-ins, the plugins built in from `plugins/` (SwiftPM targets), then
/// the outside plugins of the discovery folders (unless `--no-plugins`). Problems loading an outside plugin are
/// warnings on stderr, never a failed start.
enum Plugins {
    static func registry(_ options: PluginOptions = PluginOptions()) -> PluginRegistry {
        let registry = PluginRegistry.standard()
        registry.install(TextSourcePlugin())
        guard !options.noPlugins else { return registry }
        let problems = PluginDiscovery.install(from: PluginDiscovery.folders(extra: options.folders), into: registry)
        for problem in problems { FileHandle.standardError.write(Data((problem + "\n").utf8)) }
        return registry
    }
}
