import Testing
@testable import SparkbookEngine

/// Thrift's compact protocol as Parquet footers use it: what the writer writes, the reader reads back, unknown
/// fields are skipped, and truncated data is an error rather than a crash.
struct ThriftCompactReaderTests {
    @Test func scalarsStructsAndListsRoundTrip() throws {
        var w = ThriftCompactWriter()
        w.structure { w in
            w.field(1, i32: -7)
            w.field(2, i64: 1 << 40)
            w.field(3, string: "spark_schema")
            w.field(4, bool: true)
            w.field(20, i32s: [1, 2, 3])            // a long id jump: written with its id in full
            w.field(21, structs: [5, 6]) { w, v in w.field(1, i32: Int32(v)) }
        }
        var seen: [Int16: String] = [:]
        try w.bytes.withUnsafeBytes { raw in
            var r = ThriftCompactReader(raw)
            try r.structure { r, f in
                switch f.id {
                case 1: seen[1] = String(try r.i32())
                case 2: seen[2] = String(try r.i64())
                case 3: seen[3] = try r.string()
                case 4: seen[4] = String(f.bool)
                case 20: seen[20] = try r.list { String(try $0.i32()) }.joined(separator: ",")
                default: return false      // 21 is skipped as an unknown field
                }
                return true
            }
        }
        #expect(seen == [1: "-7", 2: "1099511627776", 3: "spark_schema", 4: "true", 20: "1,2,3"])
    }

    @Test func truncatedDataIsAnError() {
        var w = ThriftCompactWriter()
        w.structure { $0.field(1, string: "a long enough string") }
        let cut = Array(w.bytes.prefix(6))
        #expect(throws: ParquetError.self) {
            try cut.withUnsafeBytes { raw in
                var r = ThriftCompactReader(raw)
                try r.structure { _, _ in false }
            }
        }
    }
}
