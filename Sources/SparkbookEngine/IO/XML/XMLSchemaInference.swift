import Foundation

/// Spark 4's XML schema inference (`XmlInferSchema`): a record's attributes become `_name` fields, its child
/// elements fields of their own (a repeated child an array), an element with attributes or children a struct whose
/// own text is `_VALUE`, and text values long, double, boolean, date, timestamp or else string (surrounding spaces
/// ignored, empty text null). Types met across records widen as Spark's do; fields sort by name; a column only ever
/// null is a string. `XMLOptions` renames `_` and `_VALUE`, names a null text, and turns attributes, typing and
/// trimming off.
struct XMLSchemaInference {
    let options: XMLOptions
    var parsing: SparkDateTimeParsing

    init(options: XMLOptions, sessionZone: TimeZone) {
        self.options = options
        parsing = SparkDateTimeParsing(sessionZone: sessionZone)
    }

    static func schema(_ records: [XMLElement], options: XMLOptions, sessionZone: TimeZone) -> StructType {
        var inference = XMLSchemaInference(options: options, sessionZone: sessionZone)
        var merged = DataType.structure(StructType([]))
        for record in records { merged = inference.merge(merged, inference.structType(record)) }
        guard case .structure(let s) = canonical(merged) else { return StructType([]) }
        return s
    }

    /// The type of an element's content: a struct when it has attributes or children, else its text's type.
    mutating func type(_ element: XMLElement) -> DataType {
        guard attributes(of: element).isEmpty && element.children.isEmpty else { return structType(element) }
        return textType(element.text)
    }

    /// The attributes the options read.
    func attributes(of element: XMLElement) -> [(name: String, value: String)] {
        options.excludeAttribute ? [] : element.attributes
    }

    /// An element read as a struct (a record always is).
    mutating func structType(_ element: XMLElement) -> DataType {
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
        let attributes = attributes(of: element)
        for attribute in attributes {
            add(options.attributePrefix + attribute.name, textType(attribute.value), repeated: false)
        }
        let counts = Dictionary(element.children.map { ($0.name, 1) }, uniquingKeysWith: +)
        for child in element.children { add(child.name, type(child), repeated: (counts[child.name] ?? 0) > 1) }
        let text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty && !(attributes.isEmpty && element.children.isEmpty) {
            add(options.valueTag, textType(element.text), repeated: false)
        }
        return .structure(StructType(fields.map { StructField($0.0, $0.1) }))
    }

    /// The type Spark infers for one text value (a string when the options ask for no inference).
    mutating func textType(_ raw: String) -> DataType {
        guard let text = options.value(raw), !text.isEmpty else { return .null }
        // Spaces kept around a value (`ignoreSurroundingSpaces=false`) make it no number, boolean or date to Spark.
        guard options.inferSchema, text.first?.isWhitespace != true, text.last?.isWhitespace != true else { return .string }
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
    func merge(_ a: DataType, _ b: DataType) -> DataType {
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
        case (.structure(let s), _) where s.index(of: options.valueTag) != nil:
            return merge(a, .structure(StructType([StructField(options.valueTag, b)])))
        case (_, .structure(let s)) where s.index(of: options.valueTag) != nil: return merge(b, a)
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
