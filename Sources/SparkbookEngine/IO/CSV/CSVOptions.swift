/// Spark's CSV reader options, parsed from the `.option(key, value)` map with Spark 4's defaults.
///
/// Keys are case-insensitive, as in Spark. Values Spark would reject give a `CSVError` naming the option.
/// Only single-line records are read (`multiLine` is not supported yet), and only UTF-8.
public struct CSVOptions: Sendable, Hashable {
    public var header = false
    public var inferSchema = false
    public var delimiter: UInt8 = UInt8(ascii: ",")
    /// `nil` when quoting is switched off (`quote` set to the empty string).
    public var quote: UInt8? = UInt8(ascii: "\"")
    public var escape: UInt8 = UInt8(ascii: "\\")
    public var nullValue = ""
    /// What a quoted empty field (`""`) reads as before the `nullValue` check.
    public var emptyValue = ""
    public var nanValue = "NaN"
    public var positiveInf = "Inf"
    public var negativeInf = "-Inf"
    /// `nil` means Spark's lenient default parsing (ISO dates, `yyyy-MM-dd` when inferring).
    public var dateFormat: String?
    public var timestampFormat: String?
    public var mode: CSVParseMode = .permissive
    public var columnNameOfCorruptRecord = "_corrupt_record"
    public var ignoreLeadingWhiteSpace = false
    public var ignoreTrailingWhiteSpace = false
    /// Fraction of rows used for schema inference; `nil` reads them all.
    public var samplingRatio: Double?
    /// Spark 4 default: `yyyy-MM-dd` values infer as `date`.
    public var prefersDate = true
    public var enforceSchema = true
    /// The most characters (UTF-16 units, as Java counts them) one field may have; -1, Spark 4's default, is
    /// unlimited (then only the driver's heap bounds a line, see `LineLengthLimit`).
    public var maxCharsPerColumn = -1
    /// The most fields one record may have (Spark's default 20480).
    public var maxColumns = 20480

    public init() {}

    /// Parses Spark's options map. Unknown keys are ignored, as Spark ignores them.
    public init(_ map: [String: String]) throws {
        self.init()
        for (rawKey, value) in map {
            try apply(key: rawKey.lowercased(), value: value, originalKey: rawKey)
        }
    }

    private mutating func apply(key: String, value: String, originalKey: String) throws {
        switch key {
        case "header": header = try Self.bool(value, originalKey)
        case "inferschema": inferSchema = try Self.bool(value, originalKey)
        case "sep", "delimiter": delimiter = try Self.delimiter(value, originalKey)
        case "quote":
            quote = value.isEmpty ? nil : try Self.singleByte(value, originalKey)
        case "escape": escape = try Self.singleByte(value, originalKey)
        case "nullvalue": nullValue = value
        case "emptyvalue": emptyValue = value
        case "nanvalue": nanValue = value
        case "positiveinf": positiveInf = value
        case "negativeinf": negativeInf = value
        case "dateformat": dateFormat = try Self.supportedPattern(value, originalKey, defaults: Self.dateDefaults)
        case "timestampformat":
            timestampFormat = try Self.supportedPattern(value, originalKey, defaults: Self.timestampDefaults)
        case "mode":
            guard let parsed = CSVParseMode(rawValue: value.uppercased()) else {
                throw CSVError(.invalidOption, "Invalid value '\(value)' for option '\(originalKey)': "
                    + "expected PERMISSIVE, DROPMALFORMED or FAILFAST.")
            }
            mode = parsed
        case "columnnameofcorruptrecord": columnNameOfCorruptRecord = value
        case "ignoreleadingwhitespace": ignoreLeadingWhiteSpace = try Self.bool(value, originalKey)
        case "ignoretrailingwhitespace": ignoreTrailingWhiteSpace = try Self.bool(value, originalKey)
        case "preferdate", "prefersdate": prefersDate = try Self.bool(value, originalKey)
        case "enforceschema": enforceSchema = try Self.bool(value, originalKey)
        case "maxcharspercolumn": maxCharsPerColumn = try Self.arraySize(value, originalKey, unlimited: -1)
        case "maxcolumns": maxColumns = try Self.arraySize(value, originalKey, unlimited: nil)
        case "samplingratio":
            guard let ratio = Double(value), ratio > 0, ratio <= 1 else {
                throw CSVError(.invalidOption, "Invalid value '\(value)' for option '\(originalKey)': "
                    + "samplingRatio must be a number in (0, 1].")
            }
            samplingRatio = ratio == 1 ? nil : ratio
        case "encoding", "charset":
            let normalized = value.lowercased().replacingOccurrences(of: "_", with: "-")
            guard normalized == "utf-8" || normalized == "utf8" else {
                throw CSVError(.unsupported, "Unsupported value '\(value)' for option '\(originalKey)': "
                    + "only UTF-8 files can be read.")
            }
        case "multiline":
            if try Self.bool(value, originalKey) {
                throw CSVError(.unsupported, "Option '\(originalKey)' = true is not supported yet: "
                    + "records must fit on one line.")
            }
        default: break
        }
    }

    static let dateDefaults: Set<String> = ["yyyy-MM-dd"]
    static let timestampDefaults: Set<String> = [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.SSSSSS", "yyyy-MM-dd'T'HH:mm:ss[.SSS][XXX]",
        "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "yyyy-MM-dd'T'HH:mm:ss",
    ]

    /// Spark parses Java boolean option values: `true`/`false` in any case.
    static func bool(_ value: String, _ key: String) throws -> Bool {
        switch value.lowercased() {
        case "true": return true
        case "false": return false
        default:
            throw CSVError(.invalidOption, "Invalid value '\(value)' for option '\(key)': expected true or false.")
        }
    }

    /// A size the CSV parser allocates an array of: Spark's message for text that is not an integer, the JVM's
    /// for a negative size (other than `unlimited`).
    static func arraySize(_ value: String, _ key: String, unlimited: Int?) throws -> Int {
        guard let size = Int32(value) else {
            throw CSVError(.invalidOption, "\(key) should be an integer. Found \(value).")
        }
        if size < 0, Int(size) != unlimited {
            throw CSVError(.invalidOption, "java.lang.NegativeArraySizeException: \(size)")
        }
        return Int(size)
    }

    /// Spark accepts one character, or `\t`-style escapes, as the separator.
    static func delimiter(_ value: String, _ key: String) throws -> UInt8 {
        switch value {
        case "": throw CSVError(.invalidOption, "Delimiter cannot be empty string (option '\(key)').")
        case "\\t": return UInt8(ascii: "\t")
        case "\\": throw CSVError(.invalidOption, "Single backslash is prohibited. It has special meaning as "
            + "beginning of an escape sequence. To get the backslash character, pass a string with two "
            + "backslashes as the delimiter (option '\(key)').")
        case "\\\\": return UInt8(ascii: "\\")
        default: return try singleByte(value, key)
        }
    }

    static func singleByte(_ value: String, _ key: String) throws -> UInt8 {
        let bytes = Array(value.utf8)
        guard bytes.count == 1, bytes[0] < 0x80 else {
            throw CSVError(.invalidOption, "Invalid value '\(value)' for option '\(key)': "
                + "expected a single ASCII character.")
        }
        return bytes[0]
    }

    /// Custom datetime patterns need a full Java pattern engine; only the patterns matching the default parsing pass.
    static func supportedPattern(_ value: String, _ key: String, defaults: Set<String>) throws -> String? {
        guard defaults.contains(value) else {
            throw CSVError(.unsupported, "Pattern '\(value)' for option '\(key)' is not supported yet; "
                + "supported: \(defaults.sorted().joined(separator: ", ")).")
        }
        return value
    }
}
