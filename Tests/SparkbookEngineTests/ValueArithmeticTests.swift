import Testing
@testable import SparkbookEngine

/// Scalar operators with Spark's null semantics and non-ANSI overflow and division by zero.
struct ValueArithmeticTests {
    @Test func integersAddInThirtyTwoBitsAndWrapOnOverflow() {
        #expect(ValueArithmetic.apply(.add, .integer(2), .integer(3)) == .integer(5))
        #expect(ValueArithmetic.apply(.add, .integer(Int32.max), .integer(1)) == .integer(Int32.min))
    }

    @Test func mixedIntegralOperandsGiveLong() {
        #expect(ValueArithmetic.apply(.multiply, .integer(3), .long(5_000_000_000)) == .long(15_000_000_000))
        #expect(ValueArithmetic.apply(.subtract, .long(1), .integer(3)) == .long(-2))
    }

    @Test func anyDoubleOperandGivesDouble() {
        #expect(ValueArithmetic.apply(.add, .integer(1), .double(0.5)) == .double(1.5))
        #expect(ValueArithmetic.apply(.divide, .double(7), .double(2)) == .double(3.5))
    }

    @Test func divisionAndModuloByZeroAreNull() {
        #expect(ValueArithmetic.apply(.divide, .double(1), .double(0)) == .null)
        #expect(ValueArithmetic.apply(.modulo, .double(1), .double(0)) == .null)
        #expect(ValueArithmetic.apply(.divide, .integer(1), .integer(0)) == .null)
        #expect(ValueArithmetic.apply(.modulo, .long(1), .long(0)) == .null)
    }

    @Test func moduloTakesTheSignOfTheDividendAsJavaDoes() {
        #expect(ValueArithmetic.apply(.modulo, .integer(-7), .integer(3)) == .integer(-1))
        #expect(ValueArithmetic.apply(.modulo, .integer(7), .integer(-3)) == .integer(1))
        #expect(ValueArithmetic.apply(.modulo, .double(-7.5), .double(2)) == .double(-1.5))
    }

    @Test func integralDivisionTruncatesTowardZero() {
        #expect(ValueArithmetic.apply(.divide, .long(-7), .long(2)) == .long(-3))
    }

    @Test(arguments: [BinaryOperator.add, .subtract, .multiply, .divide, .modulo, .equal, .less, .greaterOrEqual])
    func aNullOperandGivesNull(_ op: BinaryOperator) {
        #expect(ValueArithmetic.apply(op, .null, .integer(1)) == .null)
        #expect(ValueArithmetic.apply(op, .double(1), .null) == .null)
    }

    @Test func comparisonsAcrossNumericTypes() {
        #expect(ValueArithmetic.apply(.less, .integer(1), .double(1.5)) == .boolean(true))
        #expect(ValueArithmetic.apply(.equal, .long(2), .integer(2)) == .boolean(true))
        #expect(ValueArithmetic.apply(.notEqual, .double(2), .long(2)) == .boolean(false))
        #expect(ValueArithmetic.apply(.greaterOrEqual, .string("b"), .string("a")) == .boolean(true))
        #expect(ValueArithmetic.apply(.lessOrEqual, .date(3), .date(3)) == .boolean(true))
    }

    @Test func comparingIncomparableTypesIsNull() {
        #expect(ValueArithmetic.apply(.equal, .string("1"), .integer(1)) == .null)
    }

    @Test func ansiModuloByZeroIsARemainderError() {
        #expect { try ValueArithmetic.checked(.modulo, .integer(7), .integer(0)) } throws: { error in
            (error as? SparkError)?.errorClass == "REMAINDER_BY_ZERO"
        }
        #expect { try ValueArithmetic.checked(.modulo, .double(7), .double(0)) } throws: { error in
            (error as? SparkError)?.errorClass == "REMAINDER_BY_ZERO"
        }
        #expect { try ValueArithmetic.checked(.divide, .double(7), .double(0)) } throws: { error in
            (error as? SparkError)?.errorClass == "DIVIDE_BY_ZERO"
        }
    }

    @Test func ansiOverflowSaysOnlyOverflowAndNamesTheTryFunction() {
        #expect { try ValueArithmetic.checked(.subtract, .integer(Int32.min), .integer(1)) } throws: { error in
            (error as? SparkError)?.message.hasPrefix("overflow. Use 'try_subtract'") == true
        }
        #expect { try ValueArithmetic.checked(.multiply, .long(Int64.max), .integer(2)) } throws: { error in
            (error as? SparkError)?.message.hasPrefix("overflow. Use 'try_multiply'") == true
        }
    }

    @Test func logicOverBooleans() {
        #expect(ValueArithmetic.apply(.and, .boolean(true), .boolean(false)) == .boolean(false))
        #expect(ValueArithmetic.apply(.or, .boolean(false), .boolean(true)) == .boolean(true))
        #expect(ValueArithmetic.apply(.and, .boolean(true), .null) == .null)
    }

    /// Byte and short arithmetic stays narrow; under ANSI an overflow names both operands as Spark 4.3 does.
    @Test func narrowIntegralsOverflowWithTheirOperands() throws {
        #expect(try ValueArithmetic.checked(.add, .byte(1), .byte(2)) == .byte(3))
        #expect(try ValueArithmetic.checked(.multiply, .float(1.5), .float(2)) == .float(3))
        do {
            _ = try ValueArithmetic.checked(.add, .byte(100), .byte(100))
            Issue.record("expected an overflow")
        } catch let error as SparkError {
            #expect(error.errorClass == "BINARY_ARITHMETIC_OVERFLOW")
            #expect(error.message == "100S + 100S caused overflow. Use `try_add` to ignore overflow problem and return NULL.")
        }
    }

    @Test func logicIsThreeValuedWhicheverSideIsNull() {
        #expect(ValueArithmetic.apply(.and, .null, .boolean(false)) == .boolean(false))
        #expect(ValueArithmetic.apply(.and, .boolean(false), .null) == .boolean(false))
        #expect(ValueArithmetic.apply(.and, .null, .boolean(true)) == .null)
        #expect(ValueArithmetic.apply(.or, .null, .boolean(true)) == .boolean(true))
        #expect(ValueArithmetic.apply(.or, .null, .boolean(false)) == .null)
        #expect(ValueArithmetic.apply(.or, .boolean(false), .boolean(false)) == .boolean(false))
    }

    @Test func longMinimumModuloMinusOneIsZero() throws {
        #expect(ValueArithmetic.apply(.modulo, .long(.min), .long(-1)) == .long(0))
        #expect(try ValueArithmetic.checked(.modulo, .long(.min), .long(-1)) == .long(0))
    }
}
