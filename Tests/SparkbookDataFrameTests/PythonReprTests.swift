import Foundation
import Testing
import SparkbookDataFrame

/// Python-level printing: repr of collected Rows against PySpark goldens, and scalars against CPython truths.
@Suite struct PythonReprTests {
    static var casesWithRowRepr: [String] {
        GoldenCase.names.filter { (try? GoldenCase.load($0))?.pythonRowRepr != nil }
    }

    @Test(arguments: casesWithRowRepr)
    func collectedRowsMatchPySpark(_ name: String) throws {
        let golden = try GoldenCase.load(name)
        let python = PythonRepr(localTimeZone: TimeZone(identifier: "UTC")!)
        let names = golden.columnNames
        let reprs = golden.rows.map { row in
            python.row(zip(names, row).map { OutputField(name: $0, value: $1) })
        }
        #expect(reprs == golden.pythonRowRepr!, "case \(name)")
    }

    @Test func goldensWithRowReprWereFound() {
        #expect(Self.casesWithRowRepr.count >= 10)
    }

    /// Truth values from CPython 3 `repr(float)`.
    @Test(arguments: [
        (1e-05, "1e-05"), (0.0001, "0.0001"), (1e16, "1e+16"), (1e15, "1000000000000000.0"),
        (1234567890123456.0, "1234567890123456.0"), (1.5e-07, "1.5e-07"), (100.0, "100.0"), (1042472.5, "1042472.5"),
        (-0.0, "-0.0"), (Double.leastNonzeroMagnitude, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"), (0.1, "0.1"),
        (12537826.89, "12537826.89"), (1e22, "1e+22"), (123456789012345678.0, "1.2345678901234568e+17"),
        (Double.infinity, "inf"), (Double.nan, "nan"),
    ])
    func floatRepr(_ value: Double, _ expected: String) {
        #expect(PythonRepr.float(value) == expected)
    }

    /// Truth values from PySpark 4.3: `str` of collected decimals (built from Java engineering strings).
    @Test(arguments: [
        (Int128(0), 18, "0E-18"), (Int128(0), 3, "0.000"), (Int128(1500), 3, "1.500"), (Int128(-1), 3, "-0.001"),
        (Int128(1), 7, "1.00E-7"), (Int128(1), 8, "1.0E-8"), (Int128(120), 10, "1.20E-8"), (Int128(1), 6, "0.000001"), (Int128(-1), 18, "-1E-18"), (Int128(12345), 0, "12345"),
    ])
    func decimalText(_ unscaled: Int128, _ scale: Int, _ expected: String) {
        #expect(PythonRepr.decimalText(unscaled: unscaled, scale: scale) == expected)
    }

    @Test func scalarsAsJupyterShowsThem() {
        let python = PythonRepr()
        #expect(python.repr(.integer(100)) == "100")
        #expect(python.repr(.double(1042472.5)) == "1042472.5")
        #expect(python.repr(.string("abc")) == "'abc'")
        #expect(python.repr(.null) == "None")
        #expect(python.repr(.boolean(true)) == "True")
        #expect(python.repr(.decimal(unscaled: 150, scale: 2)) == "Decimal('1.50')")
        #expect(python.repr(.timestamp(microsSinceEpoch: 1_714_933_224_000_000)) == "datetime.datetime(2024, 5, 5, 18, 20, 24)")
        #expect(python.repr(.timestamp(microsSinceEpoch: 1_714_933_200_000_000)) == "datetime.datetime(2024, 5, 5, 18, 20)")
        #expect(python.repr(.timestamp(microsSinceEpoch: 1_714_933_200_000_005)) == "datetime.datetime(2024, 5, 5, 18, 20, 0, 5)")
        #expect(python.repr(.date(daysSinceEpoch: -719_162)) == "datetime.date(1, 1, 1)")
        #expect(python.repr(.map([OutputMapEntry(key: .string("k"), value: .integer(1))])) == "{'k': 1}")
        #expect(python.row([OutputField(name: "country", value: .string("US")), OutputField(name: "n", value: .integer(3))])
                == "Row(country='US', n=3)")
        #expect(python.row([]) == "Row()")
    }

    @Test func timestampsUseThePythonProcessZone() {
        let python = PythonRepr(localTimeZone: TimeZone(identifier: "America/Los_Angeles")!)
        #expect(python.repr(.timestamp(microsSinceEpoch: 1_714_933_224_000_000)) == "datetime.datetime(2024, 5, 5, 11, 20, 24)")
        #expect(python.repr(.timestampNTZ(microsSinceEpoch: 1_714_933_224_000_000)) == "datetime.datetime(2024, 5, 5, 18, 20, 24)")
    }

    @Test func strIsWhatPrintShows() {
        let python = PythonRepr()
        #expect(python.str(.string("abc")) == "abc")
        #expect(python.str(.timestamp(microsSinceEpoch: 1_714_933_224_120_000)) == "2024-05-05 18:20:24.120000")
        #expect(python.str(.date(daysSinceEpoch: 19848)) == "2024-05-05")
        #expect(python.str(.decimal(unscaled: 0, scale: 18)) == "0E-18")
        #expect(python.str(.array([.string("a")])) == "['a']")
    }

    @Test func timedeltaAsPythonNormalizesIt() {
        #expect(PythonRepr.timedelta(0) == "datetime.timedelta(0)")
        #expect(PythonRepr.timedelta(131_401_001_001) == "datetime.timedelta(days=1, seconds=45001, microseconds=1001)")
        #expect(PythonRepr.timedelta(-1) == "datetime.timedelta(days=-1, seconds=86399, microseconds=999999)")
    }
}
