import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// Each DataFrame keeps its resolved plan: a transformation resolves only the node it adds, so a chain of N
/// transformations does O(N) analysis work (it re-planned the whole tree on every step before: O(N^2)).
struct DataFrameAnalysisTests {
    /// The nodes the session's analyzer resolves while building a chain of `length` `withColumn`s and planning it.
    private func visits(forChainOf length: Int) throws -> Int {
        let session = try SeedData.session()
        var df = try session.range(0, 10, numPartitions: 1)
        let before = session.analyzerVisits.value
        for i in 0..<length { df = try df.withColumn("c\(i)", Column("id") + Column(.literal(.long(Int64(i))))) }
        _ = try df.explainString()
        return session.analyzerVisits.value - before
    }

    @Test func aChainOfWithColumnsResolvesEachNodeOnce() throws {
        // The range once (at its first use), then one node per withColumn; planning reuses the kept plan.
        let short = try visits(forChainOf: 50), long = try visits(forChainOf: 200)
        #expect(short == 51)
        #expect(long == 201)
    }

    @Test func theKeptPlanIsTheOneAnActionPlans() throws {
        let session = try SeedData.session()
        let df = try session.range(0, 3, numPartitions: 1).withColumn("x", Column("id") * Column(.literal(.long(2))))
        let resolved = try df.resolved()
        #expect(try df.resolved() === resolved)
        #expect(try df.columns() == ["id", "x"])
    }

    @Test func anAnalysisErrorStillSurfacesAtTheTransformation() throws {
        let session = try SeedData.session()
        let df = try session.range(0, 3, numPartitions: 1)
        #expect(throws: SparkError.self) { try df.withColumn("x", Column("nope")) }
    }
}
