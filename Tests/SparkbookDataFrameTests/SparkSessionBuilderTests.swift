import Foundation
import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// One session per launch context, and configuration precedence: builder over `--conf` over Spark defaults.
struct SparkSessionBuilderTests {
    @Test func getOrCreateReturnsTheSameSession() throws {
        let context = SeedData.context()
        let first = try SparkSession.builder(context: context).appName("one").getOrCreate()
        let second = try SparkSession.builder(context: context).appName("two").getOrCreate()
        #expect(first === second)
        #expect(context.active === first)
        #expect(first.appName == "one")
        // As in Spark, options of a later builder are set on the running session's configuration.
        #expect(first.conf.get("spark.app.name") == "two")
    }

    @Test func differentContextsHaveDifferentSessions() throws {
        #expect(try SeedData.session() !== SeedData.session())
    }

    @Test func builderOptionsOverrideTheBaseConfiguration() throws {
        let context = SeedData.context(["spark.sql.shuffle.partitions": "10", "spark.executor.memory": "2g",
                                        "spark.app.name": "from-conf"])
        let session = try SparkSession.builder(context: context).config("spark.sql.shuffle.partitions", "20").getOrCreate()
        #expect(session.conf.get("spark.sql.shuffle.partitions") == "20")
        #expect(session.conf.get("spark.executor.memory") == "2g")
        #expect(session.appName == "from-conf")
        #expect(session.planner().shufflePartitions == 20)
    }

    @Test func defaultsWhenNothingIsGiven() throws {
        let session = try SparkSession.builder(context: SeedData.context()).getOrCreate()
        #expect(session.appName == "sparkbook")
        #expect(session.master == "sparkbook")
        #expect(session.conf.get("spark.master") == "sparkbook")
        #expect(session.version == "4.3.0")
        let id = try #require(session.conf.get("spark.app.id"))
        #expect(id == session.applicationId)
        #expect(id.wholeMatch(of: /app-\d{14}-\d{4}/) != nil)
    }

    @Test func theMasterOfARunningSessionDoesNotChange() throws {
        let context = SeedData.context()
        let session = try SparkSession.builder(context: context).master("local[3]").getOrCreate()
        _ = try SparkSession.builder(context: context).master("local[1]").getOrCreate()
        #expect(session.master == "local[3]")
        #expect(session.conf.get("spark.master") == "local[3]")
        #expect(session.defaultParallelism == 3)
    }

    @Test func stopLetsTheNextGetOrCreateStartANewSession() throws {
        let context = SeedData.context()
        let first = try SparkSession.builder(context: context).getOrCreate()
        first.stop()
        #expect(context.active == nil)
        let second = try SparkSession.builder(context: context).getOrCreate()
        #expect(first !== second)
    }

    @Test func dynamicAllocationWithALocalMasterLeavesANotice() throws {
        let context = SeedData.context()
        _ = try SparkSession.builder(context: context).master("local[2]")
            .config("spark.dynamicAllocation.enabled", "true").getOrCreate()
        #expect(context.drainNotices() == ["Dynamic allocation is ignored with master local[2]: one executor (the driver) runs 2 tasks at a time."])
        #expect(context.drainNotices().isEmpty)
    }

    @Test func dynamicAllocationOnTheEmbeddedClusterNeedsNoNotice() throws {
        let context = SeedData.context()
        _ = try SparkSession.builder(context: context).config("spark.dynamicAllocation.enabled", "true").getOrCreate()
        #expect(context.drainNotices().isEmpty)
    }

    @Test func enableHiveSupportAsksForTheMetastoreCatalog() throws {
        let context = SeedData.context()
        let builder = SparkSession.builder(context: context).enableHiveSupport().appName("h")
        #expect(builder.options == ["spark.app.name": "h", "spark.sql.catalogImplementation": "hive"])
        #expect(context.drainNotices().isEmpty)
    }

    @Test func aMaxResultSizeThatIsNotASizeIsRefusedAsSparkRefusesIt() {
        let context = SeedData.context(["spark.driver.maxResultSize": "abc"])
        let error = #expect(throws: SessionConfigurationError.self) {
            try SparkSession.builder(context: context).getOrCreate()
        }
        #expect(error?.error == SparkError(.illegalArgument, message: "[INVALID_CONF_VALUE.TYPE_MISMATCH] The value 'abc' in "
            + "the config \"spark.driver.maxResultSize\" is invalid. It should be a/an 'bytes in BYTE' value. SQLSTATE: 22022"))
    }
}
