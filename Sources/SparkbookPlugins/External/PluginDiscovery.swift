import Foundation
import SparkbookUtilities

/// Where outside plugins come from, and nowhere else: the project's `plugins/` folder (the current directory's),
/// `~/.sparkbook/plugins`, and folders given with `--plugins DIR`. A notebook cannot name a plugin path: what
/// runs is what the user installed in these folders. Each sub-folder holding a `plugin.json` is a plugin; a
/// folder without one is skipped (the repository's `plugins/` also holds SwiftPM plugins built in).
public enum PluginDiscovery {
    /// The folders searched, in order; the first plugin of a name wins.
    public static func folders(extra: [String], workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                               home: URL = UserHome.url()) -> [URL] {
        extra.map { ($0.hasPrefix("/") ? URL(fileURLWithPath: $0) : workingDirectory.appendingPathComponent($0)).standardizedFileURL }
            + [workingDirectory.appendingPathComponent("plugins"), home.appendingPathComponent(".sparkbook/plugins")]
    }

    /// A plugin found in a folder, or why it could not be loaded.
    public struct Found {
        public var folder: URL
        public var plugin: Result<ExternalPlugin, PluginError>
    }

    /// Every plugin folder under `folders` (a folder that is itself a plugin counts too), in name order per folder.
    public static func discover(in folders: [URL]) -> [Found] {
        var found: [Found] = []
        let manager = FileManager.default
        for folder in folders {
            var candidates: [URL] = []
            if manager.fileExists(atPath: folder.appendingPathComponent(PluginManifest.fileName).path) {
                candidates = [folder]
            } else if let names = try? manager.contentsOfDirectory(atPath: folder.path) {
                candidates = names.sorted().map { folder.appendingPathComponent($0) }
                    .filter { manager.fileExists(atPath: $0.appendingPathComponent(PluginManifest.fileName).path) }
            }
            for candidate in candidates {
                do {
                    found.append(Found(folder: candidate, plugin: .success(try ExternalPlugin(folder: candidate))))
                } catch let error as PluginError {
                    found.append(Found(folder: candidate, plugin: .failure(error)))
                } catch {
                    found.append(Found(folder: candidate, plugin: .failure(.invalidManifest(path: candidate.path, why: "\(error)"))))
                }
            }
        }
        return found
    }

    /// Installs every valid plugin found (the first of a name); returns the problems to tell the user.
    @discardableResult
    public static func install(from folders: [URL], into registry: PluginRegistry) -> [String] {
        var problems: [String] = []
        var names = Set(registry.installedPlugins)
        for found in discover(in: folders) {
            switch found.plugin {
            case .success(let plugin):
                guard names.insert(plugin.name).inserted else {
                    problems.append("note: plugin '\(plugin.name)' in \(found.folder.path) is ignored: a plugin of that name is already installed")
                    continue
                }
                registry.install(plugin)
            case .failure(let error):
                problems.append("warning: \(error)")
            }
        }
        return problems
    }
}
