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
        throw SparkError(.analysis, errorClass: "TABLE_OR_VIEW_NOT_FOUND",
                         message: "The table or view `\(name)` cannot be found. Verify the spelling and correctness of the schema and catalog.\nIf you did not qualify the name with a schema, verify the current_schema() output, or qualify the name with the correct schema and catalog.\nTo tolerate the error on drop use DROP VIEW IF EXISTS or DROP TABLE IF EXISTS.",
                         sqlState: "42P01")
    }

    public var names: [String] { views.withLock { $0.keys.sorted() } }
}
