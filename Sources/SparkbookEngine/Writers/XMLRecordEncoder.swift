import Foundation
import SparkbookUtilities

/// Rows as Spark's XML writer (`StaxXmlGenerator`) lays them out: the declaration, `rootTag` around the file's
/// records, each row a `rowTag` element indented by four spaces a level; `_name` fields as attributes, `_VALUE`
/// as the element's text, arrays as repeated elements, null fields left out, or written as `nullValue` when the
/// options name one (`XMLOptions` renames `_` and `_VALUE` too).
public struct XMLRecordEncoder: Sendable {
    public let rowTag: String
    public let rootTag: String
    public let declaration: String
    public let sessionTimeZone: String
    public let formats: WriterDateFormats
    public let options: XMLOptions

    /// Spark's `declaration` option's default.
    public static let defaultDeclaration = "version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\""

    public init(rowTag: String, rootTag: String = "ROWS", declaration: String = defaultDeclaration,
                sessionTimeZone: String = "UTC", formats: WriterDateFormats = .init(), options: XMLOptions = .init()) {
        self.rowTag = rowTag
        self.rootTag = rootTag
        self.declaration = declaration
        self.sessionTimeZone = sessionTimeZone
        self.formats = formats
        self.options = options
    }

    /// A whole file of rows.
    public func document(_ rows: some Sequence<(names: [String], values: [Value])>) -> String {
        var out = declaration.isEmpty ? "" : "<?xml \(declaration)?>\n"
        out += "<\(rootTag)>\n"
        for row in rows { element(rowTag, names: row.names, values: row.values, depth: 1, into: &out) }
        out += "</\(rootTag)>"
        return out
    }

    private func element(_ name: String, names: [String], values: [Value], depth: Int, into out: inout String) {
        let indent = String(repeating: "    ", count: depth)
        var attributes = ""
        var text: String?
        var children: [(String, Value)] = []
        for (field, value) in zip(names, values) where !value.isNull || options.nullValue != nil {
            if field == options.valueTag {
                text = self.text(value)
            } else if field.hasPrefix(options.attributePrefix) {
                attributes += " \(field.dropFirst(options.attributePrefix.count))=\"\(Self.escape(self.text(value), attribute: true))\""
            } else {
                children.append((field, value))
            }
        }
        out += indent + "<" + name + attributes
        if children.isEmpty {
            if let text { out += ">" + Self.escape(text, attribute: false) + "</\(name)>\n" } else { out += "/>\n" }
            return
        }
        out += ">" + (text.map { Self.escape($0, attribute: false) } ?? "") + "\n"
        for (field, value) in children { child(field, value, depth: depth + 1, into: &out) }
        out += indent + "</\(name)>\n"
    }

    private func child(_ name: String, _ value: Value, depth: Int, into out: inout String) {
        switch value {
        case .null:
            guard let nullValue = options.nullValue else { return }
            out += String(repeating: "    ", count: depth) + "<\(name)>" + Self.escape(nullValue, attribute: false) + "</\(name)>\n"
        case .array(let elements):
            for element in elements { child(name, element, depth: depth, into: &out) }
        case .structure(let names, let values):
            element(name, names: names, values: values, depth: depth, into: &out)
        case .map(let keys, let values):
            element(name, names: keys.map { ValueCast.text($0) }, values: values, depth: depth, into: &out)
        default:
            out += String(repeating: "    ", count: depth) + "<\(name)>" + Self.escape(text(value), attribute: false) + "</\(name)>\n"
        }
    }

    private func text(_ value: Value) -> String {
        switch value {
        case .null: options.nullValue ?? ""
        case .double(let d) where d.isFinite: JavaNumberText.double(d)
        case .float(let f) where f.isFinite: JavaNumberText.float(f)
        case .binary(let bytes): Data(bytes).base64EncodedString()
        default: WriterValueText.text(value, sessionTimeZone: sessionTimeZone, formats: formats)
        }
    }

    /// Stax's escaping: `&` and `<` in text, and `"` too in attributes.
    static func escape(_ s: String, attribute: Bool) -> String {
        guard s.contains(where: { $0 == "&" || $0 == "<" || (attribute && $0 == "\"") }) else { return s }
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case "\"" where attribute: out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
