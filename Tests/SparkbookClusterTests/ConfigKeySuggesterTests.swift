import Testing
@testable import SparkbookCluster

struct ConfigKeySuggesterTests {
    let suggester = ConfigKeySuggester()

    @Test("did-you-mean for misspelled keys", arguments: [
        ("spark.dynamicAllocation.maxExecutor", "spark.dynamicAllocation.maxExecutors"),
        ("spark.dynamicallocation.minexecutors", "spark.dynamicAllocation.minExecutors"),
        ("spark.dynamicAllocation.executorIdleTimout", "spark.dynamicAllocation.executorIdleTimeout"),
        ("spark.dynamicAllocation.shuffleTracking.enable", "spark.dynamicAllocation.shuffleTracking.enabled"),
        ("spark.shuffle.service.enable", "spark.shuffle.service.enabled"),
    ])
    func suggests(typo: String, key: String) {
        #expect(suggester.suggestion(for: typo) == key)
    }

    @Test("known and unrelated keys get no suggestion")
    func noSuggestion() {
        #expect(suggester.suggestion(for: "spark.dynamicAllocation.maxExecutors") == nil)
        #expect(suggester.suggestion(for: "spark.sql.shuffle.partitions") == nil)
        #expect(suggester.suggestion(for: "spark.dynamicAllocation.frobnicate") == nil)
    }

    @Test("notices flag unknown allocation keys and near misses only")
    func notices() {
        let notices = suggester.unknownKeyNotices(in: [
            "spark.dynamicAllocation.maxExecutor": "4",
            "spark.dynamicAllocation.frobnicate": "1",
            "spark.dynamicAllocation.enabled": "true",
            "spark.sql.shuffle.partitions": "8",
        ])
        #expect(notices.map(\.message) == [
            "Unknown property spark.dynamicAllocation.frobnicate (Spark ignores it).",
            "Unknown property spark.dynamicAllocation.maxExecutor (Spark ignores it); "
                + "did you mean spark.dynamicAllocation.maxExecutors?",
        ])
        #expect(notices.allSatisfy { $0.source == .sparkbook && $0.code == .unknownKey })
    }
}
