import Testing
@testable import SparkbookNotebook

@Suite struct JSONObjectTests {
    @Test func settingKeepsPositionAndNilRemoves() {
        var object: JSONObject = ["a": 1, "b": 2, "c": 3]
        object["b"] = "two"
        object["d"] = 4
        object["a"] = nil
        #expect(object.keys == ["b", "c", "d"])
        #expect(object["b"] == "two")
    }

    @Test func equalityIgnoresOrder() {
        let one: JSONObject = ["a": 1, "b": [1, 2]]
        let other: JSONObject = ["b": [1, 2], "a": 1]
        #expect(one == other)
        #expect(one != ["a": 1, "b": [2, 1]])
        #expect(one != ["a": 1])
    }

    @Test func sortedByKeyUsesCodePoints() {
        let object: JSONObject = ["é": 1, "z": 2, "Z": 3]
        #expect(object.sortedByKey.map(\.key) == ["Z", "z", "é"])
    }
}
