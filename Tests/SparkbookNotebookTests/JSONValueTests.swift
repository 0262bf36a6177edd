import Testing
@testable import SparkbookNotebook

@Suite struct JSONValueTests {
    @Test func accessorsReadTheMatchingCase() {
        let value: JSONValue = ["n": 3, "d": 2.0, "s": "x", "b": true, "l": [1]]
        #expect(value["n"]?.intValue == 3)
        #expect(value["d"]?.intValue == 2)
        #expect(value["d"]?.doubleValue == 2.0)
        #expect(value["s"]?.stringValue == "x")
        #expect(value["s"]?.intValue == nil)
        #expect(value["b"]?.boolValue == true)
        #expect(value["l"]?.arrayValue == [1])
        #expect(value["missing"] == nil)
        #expect(JSONValue.string("x")["key"] == nil)
    }

    @Test func intAndDoubleAreDifferentValues() {
        #expect(JSONValue.int(1) != JSONValue.double(1.0))
    }
}
