/// The resource manager's applications in submission order, with their ids indexed once: scheduling passes
/// walk the array (no hashing per application per grant, which dominated a 64-application cluster), public
/// calls find an application by id in one lookup.
struct ApplicationTable: Sendable {
    private(set) var all: [ResourceManager.Application] = []
    private var slots: [String: Int] = [:]

    var count: Int { all.count }
    var indices: Range<Int> { all.indices }
    var ids: [String] { all.map(\.id) }

    /// The application with this id; setting nil is not allowed (use `remove`).
    subscript(id: String) -> ResourceManager.Application? {
        get { slots[id].map { all[$0] } }
        set {
            guard let slot = slots[id], let newValue else { return }
            all[slot] = newValue
        }
    }

    subscript(at slot: Int) -> ResourceManager.Application {
        get { all[slot] }
        set { all[slot] = newValue }
    }

    func slot(of id: String) -> Int? { slots[id] }

    mutating func append(_ application: ResourceManager.Application) {
        slots[application.id] = all.count
        all.append(application)
    }

    /// Removes the application (O(n): applications leave rarely).
    mutating func remove(_ id: String) -> ResourceManager.Application? {
        guard let slot = slots.removeValue(forKey: id) else { return nil }
        let removed = all.remove(at: slot)
        for later in slot..<all.count { slots[all[later].id] = later }
        return removed
    }
}
