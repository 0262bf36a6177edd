import Testing
import SparkbookUtilities

/// Fixed-width text: spaces for tables, zeros for Spark's numbered names and date-time fields.
struct PaddingTests {
    @Test func padsToTheWidthAndLeavesWiderTextAlone() {
        #expect("ab".leftPadded(to: 5) == "   ab")
        #expect("ab".rightPadded(to: 5) == "ab   ")
        #expect("abcdef".leftPadded(to: 3) == "abcdef")
        #expect("abcdef".rightPadded(to: 3) == "abcdef")
        #expect("f".leftPadded(to: 2, with: "0") == "0f")
        #expect("é".rightPadded(to: 2, with: ".") == "é.")
    }

    @Test func zeroPaddedNumbersAsSparkNamesParts() {
        #expect(3.zeroPadded(to: 5) == "00003")
        #expect(123456.zeroPadded(to: 5) == "123456")
        #expect((-5).zeroPadded(to: 2) == "-5")
        #expect(UInt8(7).zeroPadded(to: 3) == "007")
    }
}
