import SparkbookEngine

extension DataFrame {
    /// `df.freqItems(cols, support)`: for each column, the values that may occur in more than `support` of the rows,
    /// found as Spark finds them, in one pass with Karp, Schenker and Papadimitriou's counter of at most
    /// `1 / support` entries; false positives are possible, as Spark's documentation says. The result is one row
    /// with an array column `<col>_freqItems` per column. The items keep the order the counter first met them
    /// (Spark lists them in its hash map's order, which no program should rely on).
    public func freqItems(_ columns: [String], support: Double = 0.01) async throws -> DataFrame {
        guard support >= 1e-4, support <= 1 else {
            throw SparkError(.analysis, errorClass: "INVALID_PARAMETER_VALUE",
                             message: "The support must be in [1e-4, 1], but got \(support).")
        }
        let capacity = Int(1 / support)
        let selected = try select(columns.map { Column(.column($0)) })
        let fields = try selected.schema().fields
        var counters = fields.map { _ in FrequentItemCounter(capacity: capacity) }
        for row in try await selected.collect() {
            for (i, value) in row.values.enumerated() { counters[i].add(value) }
        }
        let schema = StructType(fields.map {
            StructField("\($0.name)_freqItems", .array(element: $0.dataType, containsNull: true), nullable: false)
        })
        return try session.createDataFrame(rows: [counters.map { .array($0.items) }], schema: schema)
    }
}

/// The counter behind `freqItems`: a value already counted gains one; a new one enters while there is room;
/// otherwise every count drops by one and those reaching zero leave (the new value is not kept).
struct FrequentItemCounter {
    let capacity: Int
    private(set) var items: [Value] = []
    private var counts: [Value: Int] = [:]

    init(capacity: Int) { self.capacity = max(1, capacity) }

    mutating func add(_ value: Value) {
        if let count = counts[value] {
            counts[value] = count + 1
        } else if counts.count < capacity {
            counts[value] = 1
            items.append(value)
        } else {
            for (key, count) in counts { counts[key] = count - 1 }
            counts = counts.filter { $0.value > 0 }
            items.removeAll { counts[$0] == nil }
        }
    }
}
