import Foundation

/// `schema_of_csv(csv[, options])`: the struct type Spark's CSV inference (`CSVFieldTypeInference`, the reader's
/// own rules) gives one line, fields named `_c0`, `_c1`, ... and printed as Spark's SQL type text. The options
/// arrive as one `key=value` line each (the binding's encoding of PySpark's dict), out of the column name.
enum CSVFunctions {
    static let all: [any ScalarFunction] = [
        RowFunction("schema_of_csv", arity: 1...2, nullIntolerant: false, nullability: .never,
                    namer: { "schema_of_csv(\($0[0]))" },
                    signature: { types, _ in
                        FunctionSignature(inputs: Array(repeating: .string, count: types.count), result: .string)
                    }) { v, _ in
            var map: [String: String] = [:]
            if v.count > 1 {
                for line in v[1].string.split(separator: "\n") {
                    let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
                    if parts.count == 2 { map[parts[0]] = parts[1] }
                }
            }
            let options = try CSVOptions(map)
            var inference = CSVFieldTypeInference(options: options, sessionZone: TimeZone(identifier: "UTC")!)
            let fields = split(v[0].string, options: options).enumerated().map { i, field -> String in
                let type: CSVInferredType = field.isEmpty || field == options.nullValue ? .null
                    : Array(field.utf8).withUnsafeBytes { inference.infer(.null, $0) }
                return "_c\(i): \(sql(type.dataType))"
            }
            return .string("STRUCT<\(fields.joined(separator: ", "))>")
        },
    ]

    /// The fields of one CSV line: split at the delimiter outside quotes, quotes removed (a doubled quote or an
    /// escaped one inside quotes is the quote character).
    static func split(_ line: String, options: CSVOptions) -> [String] {
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        let bytes = Array(line.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if let q = options.quote, b == q {
                if quoted, i + 1 < bytes.count, bytes[i + 1] == q { field.append(q); i += 2; continue }
                quoted.toggle()
            } else if quoted, b == options.escape, i + 1 < bytes.count {
                field.append(bytes[i + 1]); i += 1
            } else if !quoted, b == options.delimiter {
                fields.append(String(decoding: field, as: UTF8.self)); field = []
            } else {
                field.append(b)
            }
            i += 1
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return fields.map { options.ignoreLeadingWhiteSpace ? String($0.drop(while: { $0 == " " })) : $0 }
    }

    /// Spark's `DataType.sql` of the types CSV inference gives.
    static func sql(_ type: DataType) -> String {
        switch type {
        case .integer: "INT"
        case .long: "BIGINT"
        case .decimal(let p, let s): "DECIMAL(\(p),\(s))"
        case .timestamp: "TIMESTAMP"
        default: type.simpleString.uppercased()
        }
    }
}
