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

    /// An inline string key's code (up to 7 bytes packed little-endian) hashes as its bytes do, bytes past 0x7F
    /// (sign-extended in Spark's tail) included.
    @Test func packedBytesHashAsTheirBytes() {
        for bytes: [UInt8] in [[], [0x61], [0xC3, 0xA9], [0x6B, 0x30, 0xFF], [0x61, 0x62, 0x63, 0x64],
                               [0x69, 0x64, 0x30, 0x30, 0x31], [0x80, 0x81, 0x82, 0x83, 0x84, 0x85],
                               [0x73, 0x65, 0x76, 0x65, 0x6E, 0x37, 0xF7]] {
            var packed: UInt64 = 0
            for (i, byte) in bytes.enumerated() { packed |= UInt64(byte) << (UInt64(i) * 8) }
            let expected = bytes.withUnsafeBufferPointer { SparkMurmur3.hashBytes($0, seed: 7) }
            #expect(SparkMurmur3.hashPackedBytes(packed, count: bytes.count, seed: 7) == expected)
        }
    }
}
