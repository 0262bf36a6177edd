import Foundation
import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// The DataFrame API over the seed CSV, checked against the file's text parsed directly.
struct DataFrameTests {
    @Test func schemaColumnsAndDtypesOfTheSeed() throws {
        let df = SeedData.shared.events
        #expect(try df.columns() == ["event_id", "event_time", "country", "device", "amount"])
        #expect(try df.dtypes().map { "\($0.0):\($0.1)" } ==
            ["event_id:int", "event_time:timestamp", "country:string", "device:string", "amount:double"])
    }

    @Test func dropAndRenameReachEveryColumnOfARepeatedName() throws {
        let df = SeedData.shared.events
        let left = try df.select([Column("event_id"), Column("country")])
        let right = try df.select([Column("event_id"), Column("device")])
        let joined = try left.join(
            right, .on(try left.column("event_id").compare(.equal, try right.column("event_id")).expression), .inner)
        #expect(try joined.drop(["event_id"]).columns() == ["country", "device"])
        #expect(try joined.drop(columns: [try right.column("event_id")]).columns() == ["event_id", "country", "device"])
        #expect(try joined.drop(columns: [Column("country")]).columns() == ["event_id", "event_id", "device"])
        #expect(try joined.withColumnRenamed("event_id", "id").columns() == ["id", "country", "id", "device"])
        // Renames apply in order, each to the previous result: a swap leaves two columns named `event_id`.
        #expect(try left.withColumnsRenamed([("event_id", "country"), ("country", "event_id")]).columns()
                == ["event_id", "event_id"])
        #expect(try left.withColumnsRenamed([("missing", "x"), ("country", "c")]).columns() == ["event_id", "c"])
    }

    @Test func countIsEveryRow() async throws {
        #expect(try await SeedData.shared.events.count() == 50_000)
    }

    @Test func filterMatchesABruteForceCount() async throws {
        let df = SeedData.shared.events
        let big = try df.filter(Column("amount").compare(.greater, Functions.lit(.integer(100))))
        #expect(try await big.count() == Int64(SeedData.rows.filter { $0.amount > 100 }.count))
        let usMobile = try df.filter(Column("country").compare(.equal, Functions.lit(.string("US")))
            & Column("device").compare(.equal, Functions.lit(.string("mobile"))))
        #expect(try await usMobile.count() == Int64(SeedData.rows.filter { $0.country == "US" && $0.device == "mobile" }.count))
    }

    @Test func selectAndTakeKeepFileOrder() async throws {
        let df = SeedData.shared.events
        let rows = try await df.select([Column("country"), Column("event_id")]).take(3)
        #expect(rows.map(\.names) == Array(repeating: ["country", "event_id"], count: 3))
        #expect(rows.map(\.values) == SeedData.rows.prefix(3).map { [.string($0.country), .integer($0.id)] })
        #expect(rows[0]["country"] == .string("US"))
        #expect(rows[0]["nope"] == nil)
    }

    @Test func withColumnAppendsOrReplacesInPlace() async throws {
        let df = SeedData.shared.events
        let doubled = try df.withColumn("amount2", Column("amount") * Functions.lit(.integer(2)))
        #expect(try doubled.columns() == ["event_id", "event_time", "country", "device", "amount", "amount2"])
        let first = try #require(try await doubled.take(1).first)
        #expect(first["amount2"] == .double(SeedData.rows[0].amount * 2))
        let replaced = try df.withColumn("event_id", Column("event_id") + Functions.lit(.integer(1000)))
        #expect(try replaced.columns() == ["event_id", "event_time", "country", "device", "amount"])
        #expect(try await replaced.take(1).first?["event_id"] == .integer(1001))
    }

    @Test func limitThenCollect() async throws {
        let df = SeedData.shared.events
        let rows = try await df.limit(4).collect()
        #expect(rows.map { $0["event_id"] } == [1, 2, 3, 4].map { .integer($0) })
        #expect(try await df.limit(0).collect().isEmpty)
    }

    @Test func aNegativeLimitIsRejected() throws {
        let df = SeedData.shared.events
        let error = #expect(throws: SparkError.self) { try df.limit(-1) }
        #expect(error?.description == "[INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE] The limit like expression \"-1\" is invalid. The limit expression must be equal to or greater than 0, but got -1. SQLSTATE: 42K0E")
    }

    @Test func aBadColumnFailsWhenTheTransformationIsCalled() throws {
        let df = SeedData.shared.events
        let error = #expect(throws: SparkError.self) { try df.select([Column("amout")]) }
        #expect(error?.errorClass == "UNRESOLVED_COLUMN.WITH_SUGGESTION")
        #expect(error?.message.contains("[`amount`, `country`, `device`, `event_id`, `event_time`]") == true)
        #expect(throws: SparkError.self) { try df.groupBy([Column("contry")]) }
    }

    @Test func groupByAggMatchesABruteForceComputation() async throws {
        let df = SeedData.shared.events
        let agg = try df.groupBy([Column("country"), Column("device")])
            .agg([Functions.count(Column("*")).alias("event_count"), Functions.sum("amount").alias("total_amount")])
        #expect(try agg.columns() == ["country", "device", "event_count", "total_amount"])
        #expect(try await agg.count() == 100)
        var expected: [String: (count: Int64, sum: Double)] = [:]
        for e in SeedData.rows { expected["\(e.country)/\(e.device)", default: (0, 0)].count += 1; expected["\(e.country)/\(e.device)"]!.sum += e.amount }
        let rows = try await agg.collect()
        #expect(rows.count == 100)
        for row in rows {
            guard case .string(let c) = row[0], case .string(let d) = row[1], case .long(let n) = row[2],
                  case .double(let total) = row[3] else { Issue.record("unexpected row \(row)"); continue }
            let e = try #require(expected["\(c)/\(d)"])
            #expect(n == e.count)
            #expect(abs(total - e.sum) < 1e-6)
        }
    }

    @Test func selectingAnAggregateIsAGlobalAggregate() async throws {
        let df = SeedData.shared.events
        let rows = try await df.select([Functions.min("event_id"), Functions.max("event_id"), Functions.count("amount")]).collect()
        #expect(rows.map(\.values) == [[.integer(1), .integer(50_000), .long(50_000)]])
        #expect(rows.first?.names == ["min(event_id)", "max(event_id)", "count(amount)"])
    }

    @Test func anUnknownFormatNamesTheAvailableOnes() throws {
        let session = try SeedData.session()
        let error = #expect(throws: SparkError.self) { try session.read.format("parket").load(["x"]) }
        #expect(error?.description == "[DATA_SOURCE_NOT_FOUND] Failed to find the data source: parket. Available: csv, json. SQLSTATE: 42K02")
    }

    @Test func sparkFormatsSparkbookLacksSayNotSupportedYetAndWhatIs() throws {
        let session = try SeedData.session()
        for format in ["orc", "avro", "jdbc"] {
            let error = #expect(throws: SparkError.self) { try session.read.format(format).load(["x"]) }
            #expect(error?.description
                    == "Reading the \(format) format is not supported by Sparkbook yet; spark.read supports csv and json.")
        }
    }

    @Test func relativePathsResolveAgainstTheWorkingDirectory() throws {
        let context = SeedData.context()
        #expect(context.resolve(path: "data/x.csv").path == SeedData.notebooksFolder.appendingPathComponent("data/x.csv").path)
        #expect(context.resolve(path: "../a.csv").path == SeedData.packageRoot.appendingPathComponent("a.csv").path)
        #expect(context.resolve(path: "/tmp/y.csv").path == "/tmp/y.csv")
        #expect(context.resolve(path: "file:///tmp/z.csv").path == "/tmp/z.csv")
    }

    /// `spark.range(10**10).collect()` once needed 80 GB and ended the process; now each action's job is bounded
    /// by `spark.driver.maxResultSize` batch by batch, fails with Spark's abort, and the session runs on.
    @Test func collectingPastMaxResultSizeFailsAsSparkDoesAndTheSessionLives() async throws {
        let session = try SeedData.session(["spark.driver.maxResultSize": "1m"])
        let huge = try session.range(0, 10_000_000_000)
        let actions: [@Sendable () async throws -> Void] = [
            { _ = try await huge.collect() },
            { _ = try await huge.take(1_000_000_000) },
            { _ = try await huge.showString(1_000_000_000) },
            { _ = try await huge.select([Column("id")]).filter(Column(.binary(.greater, .column("id"), .literal(.long(5))))).collect() },
        ]
        for action in actions {
            do {
                try await action()
                Issue.record("the action brought more than 1m to the driver")
            } catch let error as SparkError {
                #expect(error.message.hasPrefix("Job aborted due to stage failure: Total size of serialized results of "))
                #expect(error.message.hasSuffix(" is bigger than spark.driver.maxResultSize (1024.0 KiB)"))
            }
        }
        #expect(try await session.range(0, 10).collect().count == 10)
        #expect(try await huge.limit(3).collect().count == 3)
    }

    /// A billion partitions once asked for a task, a result slot and a shuffle block each and ended the process;
    /// now the job is refused with the JVM's `Java heap space` before anything is allocated, as Spark's driver
    /// fails it, and the session runs on.
    @Test func aBillionPartitionsFailAsTheDriversHeapDoesAndTheSessionLives() async throws {
        let session = try SeedData.session()
        let jobs: [@Sendable () async throws -> Int64] = [
            { try await session.range(0, 10, numPartitions: 1_000_000_000).count() },
            { try await session.range(0, 10).repartition(1_000_000_000).count() },
            {
                try session.conf.set("spark.sql.shuffle.partitions", "1000000000")
                defer { session.conf.unset("spark.sql.shuffle.partitions") }
                return try await session.range(0, 10).groupBy([Column("id")]).count().count()
            },
        ]
        for job in jobs {
            do {
                _ = try await job()
                Issue.record("a billion partitions ran")
            } catch let error as SparkError {
                #expect(error.message == "java.lang.OutOfMemoryError: Java heap space")
            }
        }
        #expect(try await session.range(0, 10, numPartitions: 1000).count() == 10)
        // Spark's coalesce never adds partitions, so a huge one keeps the input's four.
        #expect(try await session.range(0, 10, numPartitions: 4).coalesce(1_000_000_000).count() == 10)
    }
}
