import Foundation
import Testing
import SparkbookDataFrame

/// show() cell texts for each kind of value (the goldens cover them again inside whole tables).
@Suite struct SparkValueTextTests {
    let utc = SparkValueText()

    @Test func scalars() {
        #expect(utc.text(.null) == "NULL")
        #expect(utc.text(.boolean(true)) == "true")
        #expect(utc.text(.boolean(false)) == "false")
        #expect(utc.text(.integer(-9_223_372_036_854_775_808)) == "-9223372036854775808")
        #expect(utc.text(.double(500)) == "500.0")
        #expect(utc.text(.double(12_537_826.89)) == "1.253782689E7")
        #expect(utc.text(.float(1.0e-4)) == "1.0E-4")
        #expect(utc.text(.string("as is\n")) == "as is\n")
    }

    @Test func decimalsKeepTheirScale() {
        #expect(SparkValueText.decimal(unscaled: 1500, scale: 3) == "1.500")
        #expect(SparkValueText.decimal(unscaled: 0, scale: 18) == "0.000000000000000000")
        #expect(SparkValueText.decimal(unscaled: -1, scale: 3) == "-0.001")
        #expect(SparkValueText.decimal(unscaled: -99999, scale: 0) == "-99999")
        #expect(SparkValueText.decimal(unscaled: Int128("99999999999999999999999999999999999999")!, scale: 38)
                == "0.99999999999999999999999999999999999999")
    }

    @Test func datesAndTimestamps() {
        #expect(SparkValueText.date(daysSinceEpoch: 19848) == "2024-05-05")
        #expect(SparkValueText.date(daysSinceEpoch: -1) == "1969-12-31")
        #expect(SparkValueText.date(daysSinceEpoch: -141_438) == "1582-10-04")
        #expect(utc.text(.timestamp(microsSinceEpoch: 1_714_933_224_000_000)) == "2024-05-05 18:20:24")
        #expect(utc.text(.timestamp(microsSinceEpoch: 1_714_933_224_120_000)) == "2024-05-05 18:20:24.12")
        #expect(utc.text(.timestamp(microsSinceEpoch: -1)) == "1969-12-31 23:59:59.999999")
        let tokyo = SparkValueText(sessionTimeZone: TimeZone(identifier: "Asia/Tokyo")!)
        #expect(tokyo.text(.timestamp(microsSinceEpoch: 0)) == "1970-01-01 09:00:00")
        #expect(tokyo.text(.timestampNTZ(microsSinceEpoch: 0)) == "1970-01-01 00:00:00")
    }

    @Test func nestedValues() {
        #expect(utc.text(.array([.integer(1), .null, .double(1e7)])) == "[1, NULL, 1.0E7]")
        #expect(utc.text(.structure([OutputField(name: "a", value: .string("x")), OutputField(name: "b", value: .integer(1))]))
                == "{x, 1}")
        #expect(utc.text(.map([OutputMapEntry(key: .string("k"), value: .null)])) == "{k -> NULL}")
        #expect(utc.text(.binary([0x01, 0x02, 0xFF])) == "[01 02 FF]")
        #expect(utc.text(.array([])) == "[]")
    }
}
