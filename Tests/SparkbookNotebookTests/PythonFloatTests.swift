import Testing
@testable import SparkbookNotebook

@Suite struct PythonFloatTests {
    // Expected strings are Python 3.11's repr() of the same doubles.
    @Test(arguments: [
        (0.5, "0.5"), (1.0, "1.0"), (100.0, "100.0"), (0.0001, "0.0001"), (0.00001, "1e-05"),
        (1.5e-7, "1.5e-07"), (1e15, "1000000000000000.0"), (1e16, "1e+16"), (1.2345678901234568e17, "1.2345678901234568e+17"),
        (123456789.125, "123456789.125"), (-2.5, "-2.5"), (-0.0, "-0.0"), (Double.leastNonzeroMagnitude, "5e-324"), (1e100, "1e+100"),
        (0.1 + 0.2, "0.30000000000000004"),
    ])
    func reprMatchesPython(value: Double, expected: String) {
        #expect(PythonFloat.repr(value) == expected)
    }

    @Test func specials() {
        #expect(PythonFloat.repr(.nan) == "nan")
        #expect(PythonFloat.repr(-.infinity) == "-inf")
        #expect(PythonFloat.jsonRepr(.infinity) == "Infinity")
    }
}
