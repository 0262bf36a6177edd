import Testing
@testable import SparkbookEngine

@Suite struct VariantTests {
    static let sample = #"{"b": [1, 2.50, -3e2, "x", null, true], "a": {"z": 1234567890123, "y": 1.0E20, "x": 300, "w": 70000}, "c": 12345678901234567890123, "d": "a\"q\u00e9", "e": 0.1, "f": -0.0}"#

    @Test func navigatesObjectsAndArrays() throws {
        let v = try VariantJSONParser.parse(Self.sample)
        #expect(v.kind == .object)
        #expect(v.count == 6)
        #expect(v.field(named: "a")?.field(named: "z")?.long == 1_234_567_890_123)
        #expect(v.field(named: "a")?.field(named: "w")?.long == 70000)
        #expect(v.field(named: "b")?.element(at: 3)?.string == "x")
        #expect(v.field(named: "b")?.element(at: 4)?.kind == .null)
        #expect(v.field(named: "b")?.element(at: 6) == nil)
        #expect(v.field(named: "missing") == nil)
        #expect(v.field(named: "d")?.string == "a\"qé")
    }
}
