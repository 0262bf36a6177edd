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

    @Test func fixedNumbersKeepTheirDecimalsAndNonFiniteIsNull() {
        let json = OrderedJSON.array([.fixed(12.5, decimals: 3), .fixed(1.0 / 3, decimals: 3), .fixed(0, decimals: 3),
                                      .fixed(.infinity, decimals: 3), .fixed(2.0005, decimals: 0)])
        #expect(json.compact == "[12.500,0.333,0.000,null,2]")
    }
}
