import Testing
@testable import SparkbookEngine

/// Types and values recorded from PySpark 4.3 for a `decimal(10,2)` / `decimal(10,3)` column.
struct RoundFunctionTests {
    private let column = BoundExpression.column(index: 0, type: .decimal(precision: 10, scale: 2))

    private func resultType(_ scale: Int32?) throws -> DataType {
        let arguments = [column] + (scale.map { [BoundExpression.literal(.integer($0), type: .integer)] } ?? [])
        return try RoundFunction().signature(of: arguments, context: FunctionContext()).result
    }

    @Test func decimalResultTypeDependsOnTheScaleLiteral() throws {
        #expect(try resultType(1) == .decimal(precision: 10, scale: 1))
        #expect(try resultType(nil) == .decimal(precision: 9, scale: 0))
        #expect(try resultType(-1) == .decimal(precision: 9, scale: 0))
        #expect(try resultType(5) == .decimal(precision: 11, scale: 2))
    }

    private func rounded(_ unscaled: Int128, _ scale: Int, to n: Int, _ mode: RoundFunction.Mode) -> String {
        guard case .decimal(let d) = RoundFunction.decimal(DecimalValue(unscaled: unscaled, precision: 10, scale: 3),
                                                           scale: n, mode: mode) else { return "null" }
        return d.plainText
    }

    @Test func halfUpFloorAndCeil() {
        #expect(rounded(-4445, 3, to: 1, .halfUp) == "-4.4")
        #expect(rounded(2250, 3, to: 1, .halfUp) == "2.3")
        #expect(rounded(4445, 3, to: -1, .halfUp) == "0")
        #expect(rounded(12500, 3, to: -1, .halfUp) == "10")
        #expect(rounded(-4445, 3, to: 0, .down) == "-5")
        #expect(rounded(10, 3, to: 0, .up) == "1")
        #expect(rounded(2250, 3, to: 5, .halfUp) == "2.250")
    }
}
