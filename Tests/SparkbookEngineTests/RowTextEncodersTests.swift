import Testing
@testable import SparkbookEngine

@Suite struct RowTextEncodersTests {
    @Test func jsonWritesArraysWithNullElements() {
        let encoder = JSONLineEncoder(names: ["k", "tags", "gone"])
        #expect(encoder.line([.string("a"), .array([.string("p"), .null, .string("q\"")]), .null])
                == #"{"k":"a","tags":["p",null,"q\""]}"#)
        #expect(encoder.line([.string("b"), .array([.long(1), .double(2.5)]), .null]) == #"{"k":"b","tags":[1,2.5]}"#)
    }
}
