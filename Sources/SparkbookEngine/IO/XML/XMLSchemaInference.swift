import Foundation

/// Spark 4's XML schema inference (`XmlInferSchema`): a record's attributes become `_name` fields, its child
/// elements fields of their own (a repeated child an array), an element with attributes or children a struct whose
/// own text is `_VALUE`, and text values long, double, boolean, date, timestamp or else string (surrounding spaces
/// ignored, empty text null). Types met across records widen as Spark's do; fields sort by name; a column only ever
/// null is a string.
public enum XMLSchemaInference {
    public static let valueTag = "_VALUE"
    public static let attributePrefix = "_"

    static func schema(_ records: [XMLElement], sessionZone: TimeZone) -> StructType {
        var parsing = SparkDateTimeParsing(sessionZone: sessionZone)
        var merged = DataType.structure(StructType([]))
        for record in records { merged = merge(merged, structType(record, &parsing)) }
        guard case .structure(let s) = canonical(merged) else { return StructType([]) }
        return s
    }

    /// The type of an element's content: a struct when it has attributes or children, else its text's type.
    static func type(_ element: XMLElement, _ parsing: inout SparkDateTimeParsing) -> DataType {
        guard element.attributes.isEmpty && element.children.isEmpty else { return structType(element, &parsing) }
        return textType(element.text, &parsing)
    }

    /// An element read as a struct (a record always is).
    static func structType(_ element: XMLElement, _ parsing: inout SparkDateTimeParsing) -> DataType {
        var fields: [(String, DataType)] = []
        var positions: [String: Int] = [:]
        func add(_ name: String, _ type: DataType, repeated: Bool) {
            if let i = positions[name] {
                // A repeated child: an array of its occurrences' types.
                let before = fields[i].1
                if case .array(let e, _) = before, repeated {
                    fields[i].1 = .array(element: merge(e, type), containsNull: true)
                } else {
                    fields[i].1 = .array(element: merge(before, type), containsNull: true)
                }
            } else {
                positions[name] = fields.count
                fields.append((name, type))
            }
        }
        for attribute in element.attributes {
            add(attributePrefix + attribute.name, textType(attribute.value, &parsing), repeated: false)
        }
        let counts = Dictionary(element.children.map { ($0.name, 1) }, uniquingKeysWith: +)
        for child in element.children { add(child.name, type(child, &parsing), repeated: (counts[child.name] ?? 0) > 1) }
        let text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty && !(element.attributes.isEmpty && element.children.isEmpty) {
            add(valueTag, textType(text, &parsing), repeated: false)
        }
        return .structure(StructType(fields.map { StructField($0.0, $0.1) }))
    }

    /// The type Spark infers for one text value.
    static func textType(_ raw: String, _ parsing: inout SparkDateTimeParsing) -> DataType {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .null }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { mutable -> DataType in
            let b = UnsafeRawBufferPointer(mutable)
            if JavaNumberParsing.parseInt64(b) != nil { return .long }
            if JavaNumberParsing.parseDouble(b) != nil { return .double }
            if text.lowercased() == "true" || text.lowercased() == "false" { return .boolean }
            if SparkDateTimeParsing.parseDate(b, strict: true) != nil { return .date }
            if parsing.parseTimestamp(b) != nil { return .timestamp }
            return .string
        }
    }

    /// Two inferred types as one (Spark's `compatibleType` for XML).
    static func merge(_ a: DataType, _ b: DataType) -> DataType {
        if a == b { return a }
        switch (a, b) {
        case (.null, _): return b
        case (_, .null): return a
        case (.long, .double), (.double, .long): return .double
        case (.date, .timestamp), (.timestamp, .date): return .timestamp
        case (.structure(let x), .structure(let y)):
            var fields = x.fields
            for field in y.fields {
                if let i = fields.firstIndex(where: { $0.name == field.name }) {
                    fields[i] = StructField(field.name, merge(fields[i].dataType, field.dataType))
                } else {
                    fields.append(field)
                }
            }
            return .structure(StructType(fields))
        case (.array(let x, _), .array(let y, _)): return .array(element: merge(x, y), containsNull: true)
        case (.array(let x, _), _): return .array(element: merge(x, b), containsNull: true)
        case (_, .array(let y, _)): return .array(element: merge(a, y), containsNull: true)
        // Text where other records have a struct with text: the struct's `_VALUE`.
        case (.structure(let s), _) where s.index(of: valueTag) != nil: return merge(a, .structure(StructType([StructField(valueTag, b)])))
        case (_, .structure(let s)) where s.index(of: valueTag) != nil: return merge(b, a)
        default: return .string
        }
    }

    /// Fields sorted by name at every level, and null types as string.
    static func canonical(_ type: DataType) -> DataType {
        switch type {
        case .null: return .string
        case .structure(let s):
            return .structure(StructType(s.fields.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
                .map { StructField($0.name, canonical($0.dataType)) }))
        case .array(let e, _): return .array(element: canonical(e), containsNull: true)
        default: return type
        }
    }
}
