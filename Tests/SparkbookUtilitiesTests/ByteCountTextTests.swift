import SparkbookUtilities
import Testing

@Suite struct ByteCountTextTests {
    @Test func unitsFromTwiceTheirSizeWithOneDecimal() {
        #expect(ByteCountText.format(0) == "0.0 B")
        #expect(ByteCountText.format(1536) == "1536.0 B")
        #expect(ByteCountText.format(12_595) == "12.3 KiB")
        #expect(ByteCountText.format(3 << 20) == "3.0 MiB")
        #expect(ByteCountText.format(5 << 30) == "5.0 GiB")
    }
}
