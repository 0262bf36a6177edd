/// `date_part(field, source)` and its spellings `datepart` and `extract` (`EXTRACT(field FROM source)`): one
/// field of a date or timestamp, named as Spark names the fields (`YEAR`/`Y`/`YRS`, `DOW`, `S`...). The field
/// is a literal, and it decides the result type (`signature(of:)`): an int, or `decimal(8,6)` for the seconds with
/// their fraction. Always nullable, as Spark's schema says.
struct DatePartFunction: ScalarFunction {
    let name: String
    let arity = 2...2

    /// Spark's `DatePart.parseExtractField`: each spelling to the field it reads.
    enum Field: Sendable {
        case year, yearOfWeek, quarter, month, week, day, dayOfWeek, dayOfWeekISO, dayOfYear, hour, minute, second

        init?(_ text: String) {
            switch text.uppercased() {
            case "YEAR", "Y", "YEARS", "YR", "YRS": self = .year
            case "YEAROFWEEK": self = .yearOfWeek
            case "QUARTER", "QTR": self = .quarter
            case "MONTH", "MON", "MONS", "MONTHS": self = .month
            case "WEEK", "W", "WEEKS": self = .week
            case "DAY", "D", "DAYS": self = .day
            case "DAYOFWEEK", "DOW": self = .dayOfWeek
            case "DAYOFWEEK_ISO", "DOW_ISO": self = .dayOfWeekISO
            case "DOY": self = .dayOfYear
            case "HOUR", "H", "HOURS", "HR", "HRS": self = .hour
            case "MINUTE", "M", "MIN", "MINS", "MINUTES": self = .minute
            case "SECOND", "S", "SEC", "SECONDS", "SECS": self = .second
            default: return nil
            }
        }

        var isTimeOfDay: Bool { self == .hour || self == .minute || self == .second }

        func value(of t: WallDateTime) -> Value {
            switch self {
            case .year: .integer(Int32(t.year))
            case .yearOfWeek:
                // The ISO week-based year: the year of the week's Thursday.
                .integer(Int32(WallDateTime(days: t.days - Int64(t.isoWeekday) + 4).year))
            case .quarter: .integer(Int32((t.month - 1) / 3 + 1))
            case .month: .integer(Int32(t.month))
            case .week: .integer(Int32(DateTimeFunctions.isoWeek(of: t)))
            case .day: .integer(Int32(t.day))
            case .dayOfWeek: .integer(Int32(t.isoWeekday % 7 + 1))
            case .dayOfWeekISO: .integer(Int32(t.isoWeekday))
            case .dayOfYear: .integer(Int32(t.dayOfYear))
            case .hour: .integer(Int32(t.hour))
            case .minute: .integer(Int32(t.minute))
            case .second:
                .decimal(DecimalValue(unscaled: Int128(t.second * 1_000_000 + t.micros), precision: 8, scale: 6))
            }
        }
    }

    static let all: [any ScalarFunction] = ["date_part", "datepart", "extract"].map { DatePartFunction(name: $0) }

    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        FunctionSignature(inputs: [.string, sourceType(argumentTypes[1], field: nil)], result: .integer)
    }

    func signature(of arguments: [BoundExpression], context: FunctionContext) throws -> FunctionSignature {
        guard case .literal(let text, _) = arguments[0], case .string(let spelled) = text else {
            throw SparkError(.analysis, errorClass: "NON_FOLDABLE_ARGUMENT",
                             message: "The function `\(name)` requires the parameter `field` to be a foldable expression of the type \"STRING\", but the actual argument is a non-foldable.",
                             sqlState: "42K08")
        }
        guard let field = Field(spelled) else {
            throw SparkError(.analysis, errorClass: "INVALID_EXTRACT_FIELD",
                             message: "Cannot extract \(spelled) from \(arguments[1].dataType == .date ? "DATE" : "TIMESTAMP").",
                             sqlState: "42601")
        }
        let result: DataType = field == .second ? .decimal(precision: 8, scale: 6) : .integer
        return FunctionSignature(inputs: [.string, sourceType(arguments[1].dataType, field: field)], result: result)
    }

    /// Dates keep their days; time-of-day fields and strings read a timestamp.
    private func sourceType(_ type: DataType, field: Field?) -> DataType {
        type == .date && !(field?.isTimeOfDay ?? false) ? .date : .timestamp
    }

    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        var builder = ColumnBuilder(type: signature.result, capacity: rowCount)
        for row in 0..<rowCount {
            guard case .string(let spelled) = arguments[0].value(at: row), let field = Field(spelled) else {
                builder.appendNull(); continue
            }
            switch arguments[1].value(at: row) {
            case .date(let d): builder.append(field.value(of: WallDateTime(days: Int64(d))))
            case .timestamp(let micros): builder.append(field.value(of: SessionZone.civil(micros, context.sessionTimeZone)))
            default: builder.appendNull()
            }
        }
        return builder.finish()
    }

    func generatedName(_ arguments: [String]) -> String {
        // Spark prints `datepart` as `extract` does, `datepart(S FROM ts)`.
        name == "date_part" ? "date_part(\(arguments.joined(separator: ", ")))" : "\(name)(\(arguments[0]) FROM \(arguments[1]))"
    }
}
