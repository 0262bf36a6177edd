import Testing
@testable import SparkbookEngine

/// Expected hashes were printed by PySpark 4.3.0: `spark.sql("select hash(0), hash(1), ...")`.
struct SparkMurmur3Tests {
    @Test func integersAndLongsHashAsSparkDoes() {
        #expect(SparkMurmur3.hashInt(0) == 933_211_791)
        #expect(SparkMurmur3.hashInt(1) == -559_580_957)
        #expect(SparkMurmur3.hashInt(-7) == -1_618_159_745)
        #expect(SparkMurmur3.hashLong(1) == -1_712_319_331)
        #expect(SparkMurmur3.hashLong(-5_000_000_000) == 1_755_508_969)
    }

    @Test func stringsUseSparksByteTail() {
        #expect(SparkMurmur3.hashString("") == 142_593_372)
        #expect(SparkMurmur3.hashString("k0") == 2_025_593_270)
        #expect(SparkMurmur3.hashString("abcd") == -396_302_900)
        #expect(SparkMurmur3.hashString("héllo wörld!") == -1_532_567_133)
    }
}
