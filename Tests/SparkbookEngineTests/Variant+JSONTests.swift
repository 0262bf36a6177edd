import Testing
@testable import SparkbookEngine

@Suite struct VariantJSONTests {
    /// `to_json(parse_json(...))` as PySpark 4.3 prints it: keys sorted, decimals stripped, Java doubles.
    @Test func printsAsSpark() throws {
        let v = try VariantJSONParser.parse(VariantTests.sample)
        #expect(v.json() == #"{"a":{"w":70000,"x":300,"y":1.0E20,"z":1234567890123},"b":[1,2.5,-300.0,"x",null,true],"c":12345678901234567890123,"d":"a\"qé","e":0.1,"f":0}"#)
        for (text, json) in [("1", "1"), ("1.50", "1.5"), ("\"s\"", "\"s\""), ("null", "null"), ("[]", "[]"),
                             ("{}", "{}"), ("1e400", "\"Infinity\""), (#"{ "a" : 1 }"#, #"{"a":1}"#)] {
            #expect(try VariantJSONParser.parse(text).json() == json)
        }
    }
}
