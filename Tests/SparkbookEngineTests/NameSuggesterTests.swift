import Testing
@testable import SparkbookEngine

/// Did-you-mean ranking by edit distance.
struct NameSuggesterTests {
    let columns = ["event_id", "event_time", "country", "device", "amount"]

    @Test func levenshteinDistances() {
        #expect(NameSuggester.levenshtein(Array("kitten"), Array("sitting")) == 3)
        #expect(NameSuggester.levenshtein(Array(""), Array("abc")) == 3)
        #expect(NameSuggester.levenshtein(Array("same"), Array("same")) == 0)
    }

    @Test func closestRanksByDistanceThenKeepsTheCandidatesOrder() {
        #expect(NameSuggester.closest(to: "contry", among: columns, limit: 4) == ["country", "amount", "event_id", "device"])
        #expect(NameSuggester.closest(to: "x", among: [], limit: 3).isEmpty)
    }

    @Test func matchingIgnoresCase() {
        #expect(NameSuggester.closest(to: "DEVICE", among: columns, limit: 1) == ["device"])
        #expect(NameSuggester.best(for: "COUNTRY", among: columns) == "country")
    }

    @Test func bestOnlySuggestsPlausibleTypos() {
        #expect(NameSuggester.best(for: "amout", among: columns) == "amount")
        #expect(NameSuggester.best(for: "xyz", among: columns) == nil)
        #expect(NameSuggester.best(for: "gropuBy", among: ["groupBy", "filter"]) == "groupBy")
        #expect(NameSuggester.best(for: "anything", among: []) == nil)
    }
}
