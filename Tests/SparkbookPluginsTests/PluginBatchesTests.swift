import SparkbookEngine
import Testing
@testable import SparkbookPlugins

/// A task's batch becomes calls of at most `maxRows` rows, whose answers are joined in order; a batch travels as
/// an Arrow IPC stream and a result without one is the plugin's wrong answer.
struct PluginBatchesTests {
    static func longs(_ values: [Int64?]) -> ColumnVector {
        var builder = ColumnBuilder(type: .long)
        for v in values { builder.append(v.map(Value.long) ?? .null) }
        return builder.finish()
    }

    @Test func rowsAreSentInSlicesAndTheAnswersJoinedInOrder() throws {
        let values: [Int64?] = [1, nil, 3, 4, 5, nil, 7]
        var calls: [Int] = []
        let result = try PluginBatches.inSlices([Self.longs(values)], rowCount: values.count, resultType: .long, maxRows: 3) { columns, rows in
            calls.append(rows)
            return Self.longs((0..<rows).map { r in columns[0].isNull(r) ? nil : (columns[0].value(at: r).int64Value ?? 0) * 10 })
        }
        #expect(calls == [3, 3, 1])
        #expect((0..<result.count).map { result.value(at: $0) } == values.map { $0.map { Value.long($0 * 10) } ?? .null })
    }

    @Test func aBatchNoLargerThanTheLimitIsOneCall() throws {
        var calls = 0
        let column = Self.longs([1, 2, 3])
        let result = try PluginBatches.inSlices([column], rowCount: 3, resultType: .long, maxRows: 3) { columns, _ in
            calls += 1
            return columns[0]
        }
        #expect(calls == 1)
        #expect(result.count == 3)
    }

    @Test func aBatchRoundTripsAsAnArrowStream() throws {
        let batch = RecordBatch(schema: StructType([StructField("_0", .long)]), columns: [Self.longs([5, nil])], rowCount: 2)
        let bytes = try PluginBatches.encode(batch, timeZone: "UTC")
        let back = try PluginBatches.decode(["batch": bytes], plugin: "p")
        #expect(back.rowCount == 2)
        #expect(back.columns[0].value(at: 0) == .long(5))
        #expect(back.columns[0].isNull(1))
    }

    @Test func aResultWithoutABatchIsAWrongAnswer() {
        #expect(throws: PluginError.badAnswer(plugin: "p", why: "the result has no \"batch\"")) {
            try PluginBatches.decode(["rows": 3], plugin: "p")
        }
        #expect(throws: PluginError.self) { try PluginBatches.decode(["batch": [UInt8]([1, 2, 3])], plugin: "p") }
    }
}
