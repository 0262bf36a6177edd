/// A FIFO of tasks waiting for a slot. Popping is O(1) (a moving head, compacted now and then), so a stage of
/// tens of thousands of tasks schedules in linear time.
struct TaskQueue {
    struct Entry: Hashable, Sendable {
        let runId: Int
        let stageId: Int
        let partition: Int
        var attempt = 0
    }

    private var items: [Entry] = []
    private var head = 0

    var isEmpty: Bool { head >= items.count }
    var count: Int { items.count - head }
    var first: Entry? { isEmpty ? nil : items[head] }

    /// The waiting entries, first to launch first.
    var entries: ArraySlice<Entry> { items[head...] }

    mutating func append(_ entry: Entry) { items.append(entry) }

    mutating func removeFirst() {
        guard !isEmpty else { return }
        head += 1
        if head > 1024 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
    }

    /// Drops the entries that match (a stage that ended); O(n), done once per stage.
    mutating func removeAll(where shouldRemove: (Entry) -> Bool) {
        items.removeFirst(head)
        head = 0
        items.removeAll(where: shouldRemove)
    }
}
