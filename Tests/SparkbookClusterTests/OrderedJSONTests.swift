import SparkbookCluster
import Testing

@Suite struct OrderedJSONTests {
    @Test func writesCompactJSONInKeyOrder() {
        let json = OrderedJSON.object([
            ("Event", .string("X")), ("B", .int(1)), ("A", .array([.bool(true), .null])),
            ("Text", .string("a \"q\" \\ \n\u{01}é")),
        ])
        #expect(json.compact == #"{"Event":"X","B":1,"A":[true,null],"Text":"a \"q\" \\ \n\u0001é"}"#)
    }
}
