import SparkbookEngine
import Synchronization

/// The data sources a session can read, by short name (`csv`). Plugins add to it the way the built-ins do.
public final class DataSourceRegistry: Sendable {
    private let sources = Mutex<[String: any DataSource]>([:])

    public init(_ initial: [any DataSource] = []) {
        for source in initial { register(source) }
    }

    public func register(_ source: any DataSource) {
        sources.withLock { $0[source.shortName.lowercased()] = source }
    }

    public func source(named name: String) -> (any DataSource)? {
        sources.withLock { $0[name.lowercased()] }
    }

    public var names: [String] { sources.withLock { $0.keys.sorted() } }
}
