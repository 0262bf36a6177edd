/// Spark's analysis checks on an explicit frame, with its error classes and texts.
enum WindowFrameValidation {
    static func check(_ call: WindowFunctionCall, _ spec: WindowSpecification, orderTypes: [DataType]) throws {
        guard let frame = spec.frame else { return }
        if frame.start != WindowFrame.unboundedPreceding, frame.end != WindowFrame.unboundedFollowing,
           frame.start > frame.end {
            throw mismatch("SPECIFIED_WINDOW_FRAME_WRONG_COMPARISON", frame.sql,
                           "The lower bound of a window frame must be less than or equal to the upper bound.")
        }
        if case .aggregate = call {} else {
            // Rankings and offsets have a frame of their own; only that one may be given, written as Spark
            // writes it (SQL's `1 PRECEDING` is a negation, not lag's offset -1).
            let required = spec.frame(for: call)
            guard frame.sql != required.sql else { return }
            switch call {
            case .lag, .lead:
                let name = call.generatedName.prefix { $0 != "(" }
                throw SparkError(.analysis, message: "Cannot specify window frame for \(name) function.")
            default:
                throw SparkError(.analysis, message: "Window Frame \(internalName(frame)) must match the required frame \(internalName(required)).")
            }
        }
        guard frame.kind == .range else { return }
        let specText = "(" + spec.generatedName(for: call).dropFirst("OVER (".count)
        if orderTypes.isEmpty {
            throw mismatch("RANGE_FRAME_WITHOUT_ORDER", specText,
                           "A range window frame cannot be used in an unordered window specification.")
        }
        let hasOffsets = [frame.start, frame.end].contains {
            $0 != WindowFrame.unboundedPreceding && $0 != WindowFrame.unboundedFollowing && $0 != WindowFrame.currentRow
        }
        guard hasOffsets else { return }
        if orderTypes.count > 1 {
            let keys = spec.orderBy.map { e -> String in
                let (inner, direction) = SortKey.unwrap(e)
                return "\(inner.generatedName) \(direction.sql)"
            }
            throw mismatch("RANGE_FRAME_MULTI_ORDER", specText,
                           "A range window frame with value boundaries cannot be used in a window specification with multiple order by expressions: \(keys.joined(separator: ",")).")
        }
        if !(orderTypes[0].isNumeric || orderTypes[0] == .null) {
            throw mismatch("SPECIFIED_WINDOW_FRAME_UNACCEPTED_TYPE", frame.sql,
                           "The data type of the lower bound \"\(orderTypes[0].simpleString.uppercased())\" does not match the expected data type (\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\" or \"INTERVAL\").")
        }
    }

    private static func mismatch(_ subclass: String, _ subject: String, _ reason: String) -> SparkError {
        SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.\(subclass)",
                   message: "Cannot resolve \"\(subject)\" due to data type mismatch: \(reason)", sqlState: "42K09")
    }

    /// `specifiedwindowframe(RowFrame, unboundedpreceding$(), currentrow$())`, as Spark's plan prints a frame.
    static func internalName(_ frame: WindowFrame) -> String {
        func bound(_ b: Int64) -> String {
            switch b {
            case WindowFrame.unboundedPreceding: "unboundedpreceding$()"
            case WindowFrame.unboundedFollowing: "unboundedfollowing$()"
            case WindowFrame.currentRow: "currentrow$()"
            default: "\(b)"
            }
        }
        let kind = frame.kind == .rows ? "RowFrame" : "RangeFrame"
        return "specifiedwindowframe(\(kind), \(bound(frame.start)), \(bound(frame.end)))"
    }
}
