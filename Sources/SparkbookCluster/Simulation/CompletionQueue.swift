/// Running synthetic tasks (the core's task ids) ordered by finish time (ties by launch order, so runs are deterministic): a binary
/// min-heap, because a large job keeps thousands of completions in flight.
struct CompletionQueue {
    struct Completion {
        let finishAt: ClockTime
        /// Task ids grow with launch order, so they break ties.
        let taskId: Int

        func precedes(_ other: Completion) -> Bool {
            (finishAt, taskId) < (other.finishAt, other.taskId)
        }
    }

    private var heap: [Completion] = []

    var isEmpty: Bool { heap.isEmpty }
    var nextTime: ClockTime { heap.first?.finishAt ?? .never }

    mutating func push(_ completion: Completion) {
        heap.append(completion)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Completion? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let first = heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count, heap[left].precedes(heap[smallest]) { smallest = left }
            if right < heap.count, heap[right].precedes(heap[smallest]) { smallest = right }
            guard smallest != parent else { break }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
        return first
    }
}
