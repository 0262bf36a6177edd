import SparkbookEngine
import Synchronization

/// The session's temporary views by (case-insensitive) name.
public final class TempViewCatalog: Sendable {
    private let views = Mutex<[String: LogicalPlan]>([:])

    public init() {}

    public func register(_ name: String, _ plan: LogicalPlan) {
        views.withLock { $0[name.lowercased()] = plan }
    }

    public func drop(_ name: String) -> Bool {
        views.withLock { $0.removeValue(forKey: name.lowercased()) != nil }
    }

    public func plan(_ name: String) throws -> LogicalPlan {
        if let plan = views.withLock({ $0[name.lowercased()] }) { return plan }
        throw CatalogErrors.tableNotFound("`\(name)`")
    }

    public var names: [String] { views.withLock { $0.keys.sorted() } }
}
