import Testing
@testable import SparkbookSparkEngine

/// The list of notebooks allowed to differ: a reason for each, errors at their line.
struct KnownDifferencesTests {
    @Test func namesWithReasons() throws {
        let list = try KnownDifferences(parsing: "# why each\nerr_a   the message is Sparkbook's own\n\nb reason two\n", file: "k.txt")
        #expect(list.reasons == ["err_a": "the message is Sparkbook's own", "b": "reason two"])
    }

    /// `NAME?`: a difference that depends on how real Spark's executors split the rows, so agreeing is no news.
    @Test func aQuestionMarkAllowsAgreement() throws {
        let list = try KnownDifferences(parsing: "df_pivot? first() depends on the partitioning\nerr_a why\n", file: "k.txt")
        #expect(list.reasons == ["df_pivot": "first() depends on the partitioning", "err_a": "why"])
        #expect(list.mayAgree == ["df_pivot"])
    }

    @Test func aNameWithoutAReasonIsAnErrorAtItsLine() {
        #expect(throws: SparkEngineError.invalidInput("k.txt:2: `b` needs a reason after its name (NAME  reason)")) {
            try KnownDifferences(parsing: "a why\nb\n", file: "k.txt")
        }
        #expect(throws: SparkEngineError.invalidInput("k.txt:2: `a` is listed twice")) {
            try KnownDifferences(parsing: "a why\na again\n", file: "k.txt")
        }
    }
}
