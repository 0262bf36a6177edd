import SparkbookDataFrame

/// `df.explain(extended=None, mode=None)` as PySpark reads its arguments: `explain(True)` is the extended mode,
/// `explain("formatted")` a mode by name, and both arguments at once an error.
enum ExplainBinding {
    static func mode(_ extended: PyValue?, _ mode: PyValue?) throws -> ExplainMode {
        let extended = extended.flatMap { $0.isNone ? nil : $0 }, mode = mode.flatMap { $0.isNone ? nil : $0 }
        switch (extended, mode) {
        case (nil, nil): return .simple
        case (.bool(let on)?, nil): return on ? .extended : .simple
        case (.string(let name)?, nil), (nil, .string(let name)?): return try ExplainMode(named: name)
        case (_?, _?):
            throw ScriptError("PySparkValueError", "[CANNOT_SET_TOGETHER] extended and mode should not be set together.")
        case (let value?, nil):
            throw ScriptError("PySparkTypeError", "[NOT_EXPECTED_TYPE] Argument `extended` should be bool or str, got \(value.typeName).")
        case (nil, let value?):
            throw ScriptError("PySparkTypeError", "[NOT_EXPECTED_TYPE] Argument `mode` should be str, got \(value.typeName).")
        }
    }
}
