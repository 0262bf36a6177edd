import Foundation

/// Spark's `CSVInferSchema.inferField`: the type of one field given the column's type so far.
///
/// Parsing starts at the type so far and falls down the ladder int -> long -> decimal -> double -> date ->
/// timestamp -> boolean -> string; it never climbs back, so a column that became a timestamp stays one for `2024`.
struct CSVFieldTypeInference {
    let options: CSVOptions
    var dateTime: SparkDateTimeParsing

    init(options: CSVOptions, sessionZone: TimeZone) {
        self.options = options
        dateTime = SparkDateTimeParsing(sessionZone: sessionZone)
    }

    mutating func infer(_ soFar: CSVInferredType, _ bytes: UnsafeRawBufferPointer) -> CSVInferredType {
        switch soFar {
        case .null, .integer: return tryInteger(bytes)
        case .long: return tryLong(bytes)
        case .decimal: return tryDecimal(bytes)
        case .double: return tryDouble(bytes)
        case .date: return tryDate(bytes)
        case .timestamp: return tryTimestamp(bytes)
        case .boolean: return tryBoolean(bytes)
        case .string: return .string
        }
    }

    private mutating func tryInteger(_ bytes: UnsafeRawBufferPointer) -> CSVInferredType {
        JavaNumberParsing.parseInt32(bytes) != nil ? .integer : tryLong(bytes)
    }

    private mutating func tryLong(_ bytes: UnsafeRawBufferPointer) -> CSVInferredType {
        JavaNumberParsing.parseInt64(bytes) != nil ? .long : tryDecimal(bytes)
    }

    /// Only scale <= 0 becomes a decimal (`new BigDecimal`), and a negative scale is rejected by `DecimalType`.
    private mutating func tryDecimal(_ bytes: UnsafeRawBufferPointer) -> CSVInferredType {
        if let shape = JavaNumberParsing.bigDecimalShape(bytes), shape.scale == 0, shape.precision <= 38 {
            return .decimal(precision: shape.precision, scale: 0)
        }
        return tryDouble(bytes)
    }

    private mutating func tryDouble(_ bytes: UnsafeRawBufferPointer) -> CSVInferredType {
        if JavaNumberParsing.parseDouble(bytes) != nil || isInfOrNaN(bytes) { return .double }
        return options.prefersDate ? tryDate(bytes) : tryTimestamp(bytes)
    }

    private mutating func tryDate(_ bytes: UnsafeRawBufferPointer) -> CSVInferredType {
        SparkDateTimeParsing.parseDate(bytes, strict: true) != nil ? .date : tryTimestamp(bytes)
    }

    private mutating func tryTimestamp(_ bytes: UnsafeRawBufferPointer) -> CSVInferredType {
        dateTime.parseTimestamp(bytes) != nil ? .timestamp : tryBoolean(bytes)
    }

    private func tryBoolean(_ bytes: UnsafeRawBufferPointer) -> CSVInferredType {
        JavaNumberParsing.parseBoolean(bytes) != nil ? .boolean : .string
    }

    private func isInfOrNaN(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.elementsEqual(options.nanValue.utf8) || bytes.elementsEqual(options.positiveInf.utf8)
            || bytes.elementsEqual(options.negativeInf.utf8)
    }
}
