import Foundation

/// `from_csv(csv, schema[, options])` and `to_csv(struct[, options])`: one CSV line read as a struct of the
/// schema's types (fields by position; a missing or null-valued field is null, one that does not convert null
/// as PERMISSIVE mode leaves it), and a struct written as one line (null as empty, a field holding the delimiter,
/// a quote or a line break quoted, nested values as their string cast: `"[100, 200, 300]"`).
enum CSVConversionFunctions {
    static let fromCSV = SchemaFunction(name: "from_csv", arity: 2...3, input: .string) { v, type in
        guard case .structure(let s) = type else {
            throw SparkError(.analysis, errorClass: "INVALID_SCHEMA.NON_STRUCT_TYPE",
                             message: "The input schema \"\(type.simpleString.uppercased())\" is not a valid schema string. The input expression must be a struct type.",
                             sqlState: "42K07")
        }
        let options = try CSVOptions(SchemaArgument.options(v.count > 2 ? v[2].string : ""))
        let fields = CSVFunctions.split(v[0].string, options: options)
        return .structure(names: s.names, values: s.fields.enumerated().map { i, field in
            guard i < fields.count, fields[i] != options.nullValue else { return .null }
            let text = field.dataType == .string ? fields[i] : fields[i].trimmingCharacters(in: .whitespaces)
            return ValueCast.cast(.string(text), to: field.dataType)
        })
    }

    static let toCSV = RowFunction("to_csv", arity: 1...2, namer: { "to_csv(\($0[0]))" }, signature: { types, _ in
        guard case .structure = types[0] else {
            throw ArgumentTypeMismatch(argument: 0, .parameter(required: "\"STRUCT\""), actual: types[0])
        }
        return FunctionSignature(inputs: Array([types[0], .string].prefix(types.count)), result: .string)
    }) { v, _ in
        guard case .structure(_, let values) = v[0] else { return .null }
        let options = try CSVOptions(SchemaArgument.options(v.count > 1 ? v[1].string : ""))
        let delimiter = Character(Unicode.Scalar(options.delimiter))
        return .string(values.map { value -> String in
            guard !value.isNull else { return options.nullValue }
            guard case .string(let text) = ValueCast.cast(value, to: .string) else { return "" }
            let needsQuotes = text.contains(delimiter) || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || (text.isEmpty && !options.nullValue.isEmpty)
            return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : text
        }.joined(separator: String(delimiter)))
    }

    static let all: [any ScalarFunction] = [fromCSV, toCSV]
}
