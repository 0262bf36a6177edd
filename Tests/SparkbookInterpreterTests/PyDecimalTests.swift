import Testing
@testable import SparkbookInterpreter

/// Python's Decimal text and arithmetic under the default context, compared with CPython's results.
struct PyDecimalTests {
    static func d(_ text: String) -> PyDecimal { PyDecimal(text)! }

    @Test(arguments: [
        ("12.50", "12.50"), ("-0.00", "-0.00"), ("1E+2", "1E+2"), ("0.0000001", "1E-7"), ("0.000001", "0.000001"),
        ("  7 ", "7"), ("1_000.5", "1000.5"), ("-1.5e3", "-1.5E+3"), ("123e-2", "1.23"),
    ])
    func parsesAndPrintsAsPython(_ text: String, _ expected: String) {
        #expect(PyDecimal(text)?.description == expected)
    }

    @Test func refusesWhatPythonRefuses() {
        #expect(PyDecimal("abc") == nil)
        #expect(PyDecimal("1.2.3") == nil)
        #expect(PyDecimal("") == nil)
    }

    @Test func arithmeticKeepsExponentsAndRoundsToTwentyEightDigits() throws {
        #expect(try (Self.d("12.50") * PyDecimal(3)).description == "37.50")
        #expect(try (Self.d("1") / Self.d("3")).description == "0.3333333333333333333333333333")
        #expect(try (Self.d("2") / Self.d("3")).description == "0.6666666666666666666666666667")
        #expect(try (Self.d("10.00") / PyDecimal(2)).description == "5.00")
        #expect(try (Self.d("1") / Self.d("4")).description == "0.25")
        #expect(try (Self.d("10.00") - Self.d("0.5")).description == "9.50")
        #expect(try (Self.d("123456789.123456789") * Self.d("987654321.987654321")).description == "121932631356500531.3472031691")
        #expect(try (Self.d("15.625") / PyDecimal(3)).description == "5.208333333333333333333333333")
    }

    @Test func quantizeRoundsHalfEven() throws {
        #expect(try Self.d("2.675").quantized(places: 2).description == "2.68")
        #expect(try Self.d("2.665").quantized(places: 2).description == "2.66")
        #expect(try Self.d("-0.001").quantized(places: 2).description == "-0.00")
        #expect(try Self.d("1E+2").quantized(places: 1).description == "100.0")
    }

    @Test func ordersByValueNotRepresentation() {
        #expect(PyDecimal.order(Self.d("1.0"), Self.d("1")) == 0)
        #expect(PyDecimal.order(Self.d("-2"), Self.d("1.5")) == -1)
    }

    @Test func divisionByZeroIsPythonsError() {
        #expect(throws: ScriptError.self) { try Self.d("1") / Self.d("0") }
    }

    @Test func sparkDecimalTypeIsTheLiteralsPrecisionAndScale() throws {
        let value = try Self.d("1.50").sparkDecimal()
        #expect(value.precision == 3 && value.scale == 2 && value.unscaled == 150)
        #expect(try Self.d("1E+2").sparkDecimal().unscaled == 100)
    }
}
