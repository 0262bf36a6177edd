import Testing
import SparkbookCluster
@testable import SparkbookEngine

/// `spark.driver.maxResultSize`: read as Spark reads it, counted per task and cumulatively, worded as Spark's abort.
struct ResultSizeLimitTests {
    @Test(arguments: [
        (nil, Int64(1 << 30)), ("1m", 1 << 20), ("512m", 512 << 20), ("2g", 2 << 30), ("100k", 100 << 10),
        ("4096", 4096), (" 1M ", 1 << 20),
    ] as [(String?, Int64)])
    func sizesParseAsSparkReadsThem(text: String?, bytes: Int64) throws {
        #expect(try ResultSizeLimit(property: text).maxBytes == bytes)
    }

    @Test(arguments: ["0", "-1", "0g"])
    func zeroOrNegativeIsUnlimited(text: String) throws {
        #expect(try ResultSizeLimit(property: text).maxBytes == nil)
    }

    @Test func textThatIsNotASizeIsSparksTypeMismatch() {
        #expect(throws: ConfigError.typeMismatch(key: "spark.driver.maxResultSize", value: "abc", type: "bytes in BYTE")) {
            try ResultSizeLimit(property: "abc")
        }
    }

    @Test func resultsCountAcrossTasksAndTheTaskThatTipsItOverIsCounted() throws {
        let account = ResultSizeLimit(maxBytes: 1 << 20).account()
        try account.add(600 << 10)
        account.taskFinished()
        try account.add(300 << 10)
        account.taskFinished()
        #expect(throws: SparkError(.execution, message: "Job aborted due to stage failure: Total size of serialized "
            + "results of 3 tasks (1200.0 KiB) is bigger than spark.driver.maxResultSize (1024.0 KiB)")) {
            try account.add(300 << 10)
        }
    }

    @Test func aFailedTaskReleasesItsPartialResult() throws {
        let account = ResultSizeLimit(maxBytes: 1000).account()
        try account.add(900)
        account.release(900)
        try account.add(900)
    }

    @Test func unlimitedNeverFails() throws {
        try ResultSizeLimit(maxBytes: 0).account().add(Int64.max / 2)
    }

    @Test func aResultRowWeighsAsAnUnsafeRowBeforeCompression() {
        // A long column: a 4-byte length, 8 bytes of null bits, one 8-byte slot.
        let longs = RecordBatch(schema: StructType([StructField("id", .long)]),
                                columns: [ColumnVector(dataType: .long, storage: .int64([1, 2, 3]))], rowCount: 3)
        #expect(longs.serializedResultSize == 3 * 20)
    }
}
