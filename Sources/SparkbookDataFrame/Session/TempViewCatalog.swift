import SparkbookEngine
import Synchronization

/// The session's temporary views by (case-insensitive) name.
public final class TempViewCatalog: Sendable {
    private let views = Mutex<[String: LogicalPlan]>([:])

    public init() {}

    public func register(_ name: String, _ plan: LogicalPlan) {
        views.withLock { $0[name.lowercased()] = plan }
    }

    /// `createTempView` and its kin: registers the view, or, unless `replace`, refuses a name already taken
    /// (`refuseIfTaken`).
    public func create(_ name: String, _ plan: LogicalPlan, replace: Bool, shownAs shown: String? = nil) throws {
        if !replace { try refuseIfTaken(name, shownAs: shown) }
        register(name, plan)
    }

    /// Spark's TEMP_TABLE_OR_VIEW_ALREADY_EXISTS when a view has this name, naming it as `shownAs` (a global view
    /// is named without its database).
    public func refuseIfTaken(_ name: String, shownAs shown: String? = nil) throws {
        guard views.withLock({ $0[name.lowercased()] }) != nil else { return }
        throw SparkError(.analysis, errorClass: "TEMP_TABLE_OR_VIEW_ALREADY_EXISTS",
                         message: "Cannot create the temporary view `\(shown ?? name)` because it already exists.\nChoose a different name, drop or replace the existing view.",
                         sqlState: "42P07")
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
