import Testing
@testable import SparkbookEngine

@Suite struct WindowFrameValidationTests {
    func error(_ call: WindowFunctionCall, _ spec: WindowSpecification, _ types: [DataType]) -> SparkError? {
        do { try WindowFrameValidation.check(call, spec, orderTypes: types); return nil } catch { return error as? SparkError }
    }

    @Test func rangeNeedsAnOrdering() {
        let spec = WindowSpecification(partitionBy: [.column("k")], frame: WindowFrame(.range, start: -1, end: 1))
        let e = error(.aggregate(.sum, .column("x")), spec, [])
        #expect(e?.errorClass == "DATATYPE_MISMATCH.RANGE_FRAME_WITHOUT_ORDER")
        #expect(e?.message.contains("\"(PARTITION BY k RANGE BETWEEN -1 FOLLOWING AND 1 FOLLOWING)\"") == true)
    }

    @Test func valueOffsetsNeedOneNumericKey() {
        let spec = WindowSpecification(orderBy: [.column("s")], frame: WindowFrame(.range, start: -1, end: 1))
        #expect(error(.aggregate(.sum, .column("x")), spec, [.string])?.errorClass == "DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_UNACCEPTED_TYPE")
        #expect(error(.aggregate(.sum, .column("x")), spec, [.integer, .integer])?.errorClass == "DATATYPE_MISMATCH.RANGE_FRAME_MULTI_ORDER")
        #expect(error(.aggregate(.sum, .column("x")), spec, [.double]) == nil)
    }

    @Test func boundsMustNotCross() {
        let spec = WindowSpecification(orderBy: [.column("t")], frame: WindowFrame(.rows, start: 2, end: 1))
        #expect(error(.aggregate(.sum, .column("x")), spec, [.integer])?.errorClass == "DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_WRONG_COMPARISON")
    }

    @Test func rankingsKeepTheirOwnFrame() {
        let spec = WindowSpecification(orderBy: [.column("t")], frame: WindowFrame(.rows, start: -1, end: 1))
        #expect(error(.rowNumber, spec, [.integer])?.message
                == "Window Frame specifiedwindowframe(RowFrame, -1, 1) must match the required frame specifiedwindowframe(RowFrame, unboundedpreceding$(), currentrow$()).")
    }

    @Test func offsetsTakeOnlyTheirOwnFrameAsSparkWritesIt() {
        let lag = WindowFunctionCall.lag(.column("x"), offset: 1, defaultValue: .null)
        func spec(_ frame: WindowFrame) -> WindowSpecification { WindowSpecification(orderBy: [.column("t")], frame: frame) }
        #expect(error(lag, spec(WindowFrame(.rows, start: -1, end: -1)), [.integer]) == nil)
        #expect(error(lag, spec(WindowFrame(.rows, start: -1, end: 1)), [.integer])?.message == "Cannot specify window frame for lag function.")
        // SQL's `1 PRECEDING` is a negation, which Spark does not take for lag's own offset -1.
        #expect(error(lag, spec(WindowFrame(.rows, start: -1, end: -1, writtenInSQL: true)), [.integer]) != nil)
        let lead = WindowFunctionCall.lead(.column("x"), offset: 1, defaultValue: .null)
        #expect(error(lead, spec(WindowFrame(.rows, start: 1, end: 1, writtenInSQL: true)), [.integer]) == nil)
        #expect(error(.rowNumber, spec(WindowFrame(.rows, start: .min, end: 0, writtenInSQL: true)), [.integer]) == nil)
    }
}
