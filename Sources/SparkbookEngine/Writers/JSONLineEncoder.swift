import Foundation
import SparkbookUtilities

/// One JSON object per row; null fields are left out (`ignoreNullFields` is true by default).
public struct JSONLineEncoder: Sendable {
    public let names: [String]
    public let sessionTimeZone: String
    public let formats: WriterDateFormats

    public init(names: [String], sessionTimeZone: String = "UTC", formats: WriterDateFormats = .init()) {
        self.formats = formats
        self.names = names
        self.sessionTimeZone = sessionTimeZone
    }

    public func line(_ values: [Value]) -> String {
        var parts: [String] = []
        for (name, value) in zip(names, values) where !value.isNull {
            parts.append(Self.quoted(name) + ":" + encoded(value))
        }
        return "{" + parts.joined(separator: ",") + "}"
    }

    /// One JSON value; arrays as JSON arrays, their null elements as `null`.
    func encoded(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .integer, .long, .byte, .short, .boolean: ValueCast.sqlText(value)
        case .double(let d) where d.isFinite: JavaNumberText.double(d)
        case .float(let f) where f.isFinite: JavaNumberText.float(f)
        case .decimal(let d): d.javaText
        case .array(let elements): "[" + elements.map(encoded).joined(separator: ",") + "]"
        case .map(let keys, let values):
            "{" + zip(keys, values).map { Self.quoted(ValueCast.text($0)) + ":" + encoded($1) }.joined(separator: ",") + "}"
        case .structure(let names, let values):
            "{" + zip(names, values).filter { !$1.isNull }.map { Self.quoted($0) + ":" + encoded($1) }.joined(separator: ",") + "}"
        // Jackson writes a byte array as base64 text.
        case .binary(let bytes): Self.quoted(Data(bytes).base64EncodedString())
        default: Self.quoted(WriterValueText.text(value, sessionTimeZone: sessionTimeZone, formats: formats))
        }
    }

    /// Spark writes JSON with Jackson (`\b`, `\f`, upper-case `\u001F`; recorded from PySpark 4.3).
    static func quoted(_ s: String) -> String { JSONStringEscaping.quoted(s, as: .jackson) }
}
