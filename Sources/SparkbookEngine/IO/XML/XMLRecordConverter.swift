import Foundation

/// A parsed record as a row of a schema, as Spark's `StaxXmlParser` reads one: `_name` fields from attributes,
/// `_VALUE` from the element's own text, other fields from the first child of that name (every child of that name
/// for an array), text converted to the field's type (a value that does not convert reads as null).
struct XMLRecordConverter {
    let schema: StructType
    let options: XMLOptions
    var parsing: SparkDateTimeParsing

    init(schema: StructType, options: XMLOptions, sessionZone: TimeZone) {
        self.schema = schema
        self.options = options
        parsing = SparkDateTimeParsing(sessionZone: sessionZone)
    }

    mutating func row(_ record: XMLElement) -> [Value] {
        schema.fields.map { field(record, $0) }
    }

    private mutating func field(_ element: XMLElement, _ field: StructField) -> Value {
        if field.name == options.valueTag {
            return text(element.text, as: field.dataType)
        }
        if !options.excludeAttribute, field.name.hasPrefix(options.attributePrefix) {
            let name = String(field.name.dropFirst(options.attributePrefix.count))
            if let attribute = element.attributes.first(where: { $0.name == name }) {
                return text(attribute.value, as: field.dataType)
            }
        }
        let children = element.children.filter { $0.name == field.name }
        guard let first = children.first else { return .null }
        if case .array(let elementType, _) = field.dataType {
            return .array(children.map { value($0, as: elementType) })
        }
        return value(first, as: field.dataType)
    }

    private mutating func value(_ element: XMLElement, as type: DataType) -> Value {
        switch type {
        case .structure(let s):
            let values = s.fields.map { field(element, $0) }
            return values.allSatisfy(\.isNull) && (options.excludeAttribute || element.attributes.isEmpty) && element.children.isEmpty
                && element.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                ? .null : .structure(names: s.names, values: values)
        case .array(let e, _):
            return .array([value(element, as: e)])
        case .string where !element.children.isEmpty:
            return .string(element.inner.trimmingCharacters(in: .whitespacesAndNewlines))
        default:
            return text(element.text, as: type)
        }
    }

    /// One text value as `type`, surrounding spaces ignored unless the options keep them; the null text is null,
    /// empty text an empty string, or null for other types.
    private mutating func text(_ raw: String, as type: DataType) -> Value {
        guard let text = options.value(raw) else { return .null }
        if text.isEmpty { return type == .string ? .string("") : .null }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { mutable -> Value in
            let b = UnsafeRawBufferPointer(mutable)
            switch type {
            case .string: return .string(text)
            case .long: return JavaNumberParsing.parseInt64(b).map(Value.long) ?? .null
            case .double: return JavaNumberParsing.parseDouble(b).map(Value.double) ?? .null
            case .boolean:
                let lower = text.lowercased()
                return lower == "true" ? .boolean(true) : lower == "false" ? .boolean(false) : .null
            case .date: return SparkDateTimeParsing.parseDate(b, strict: false).map(Value.date) ?? .null
            case .timestamp: return parsing.parseTimestamp(b).map(Value.timestamp) ?? .null
            default: return ValueCast.cast(.string(text), to: type)
            }
        }
    }
}
