import Testing
@testable import SparkbookEngine

/// Did-you-mean ranking by edit distance.
struct NameSuggesterTests {
    let columns = ["event_id", "event_time", "country", "device", "amount"]

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

    /// Orders PySpark 4.3 printed for `select(<name>)` over these columns: sorted by name, then stably by the
    /// case-sensitive distance of the back-quoted candidate to the name as typed.
    @Test func sparkOrderMatchesPySpark() {
        let wide = ["Name", "name_x", "nme", "amount", "AGE", "age2", "mane"]
        #expect(NameSuggester.sparkOrder(of: wide, for: "nmae").prefix(5) == ["mane", "nme", "Name", "AGE", "age2"])
        #expect(NameSuggester.sparkOrder(of: wide, for: "NAME1").prefix(5) == ["AGE", "Name", "nme", "age2", "mane"])
        #expect(NameSuggester.sparkOrder(of: wide, for: "agee").prefix(5) == ["age2", "Name", "mane", "nme", "AGE"])
        #expect(NameSuggester.sparkOrder(of: wide, for: "x").prefix(5) == ["AGE", "nme", "Name", "age2", "mane"])
        // Equally distant names come in name order, not in the schema's.
        #expect(NameSuggester.sparkOrder(of: ["dd", "bb", "cc", "aa"], for: "x") == ["aa", "bb", "cc", "dd"])
    }

    @Test func anUnresolvedColumnSuggestsFiveInSparkOrderOrAllAsGiven() {
        let wide = ["Name", "name_x", "nme", "amount", "AGE", "age2", "mane"]
        #expect(SparkError.unresolvedColumn("nmae", candidates: wide).message.hasSuffix(
            "Did you mean one of the following? [`mane`, `nme`, `Name`, `AGE`, `age2`]."))
        #expect(SparkError.unresolvedColumn("nmae", candidates: wide, ranked: false).message.hasSuffix(
            "[`Name`, `name_x`, `nme`, `amount`, `AGE`, `age2`, `mane`]."))
    }
}
