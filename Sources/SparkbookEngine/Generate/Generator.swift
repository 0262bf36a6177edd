/// A resolved generator: which of Spark's generators, the columns it adds (named and typed as Spark does) and
/// the rows it makes of one input row. `explode` of an array adds `col`, of a map `key` and `value`;
/// `posexplode` puts `pos` first; `inline` adds the struct's fields; `stack(n, ...)` adds `col0`..`colK-1`.
public struct Generator: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case explode, posexplode, inline, stack
    }

    public let kind: Kind
    /// What the input is: an array, a map (explode, posexplode), an array of structs (inline), or for `stack`
    /// the row count's literal and its values.
    public let inputs: [BoundExpression]
    /// The `_outer` forms: a null or empty input still yields one row, of nulls.
    public let outer: Bool
    /// The added columns.
    public let fields: [StructField]

    public init(kind: Kind, inputs: [BoundExpression], outer: Bool, fields: [StructField]) {
        self.kind = kind
        self.inputs = inputs
        self.outer = outer
        self.fields = fields
    }

    /// Spark's name for the call (`explode_outer`), as plans print it.
    public var name: String { kind.rawValue + (outer ? "_outer" : "") }

    public func with(inputs: [BoundExpression]) -> Generator {
        Generator(kind: kind, inputs: inputs, outer: outer, fields: fields)
    }

    /// The default column names and types for an input of `types` (Spark's `elementSchema`), or Spark's
    /// error for an input the generator cannot take.
    static func fields(_ kind: Kind, outer: Bool, types: [DataType], call: Expression) throws -> [StructField] {
        switch kind {
        case .explode, .posexplode:
            let position = kind == .posexplode ? [StructField("pos", .integer, nullable: outer)] : []
            switch types[0] {
            case .array(let element, let containsNull):
                return position + [StructField("col", element, nullable: containsNull || outer)]
            case .map(let key, let value, let valueContainsNull):
                return position + [StructField("key", key, nullable: outer), StructField("value", value, nullable: valueContainsNull || outer)]
            default:
                throw mismatch(call, types[0], required: "(\"ARRAY\" or \"MAP\")")
            }
        case .inline:
            guard case .array(.structure(let structType), let containsNull) = types[0] else {
                throw mismatch(call, types[0], required: "\"ARRAY<STRUCT>\"")
            }
            return structType.fields.map { StructField($0.name, $0.dataType, nullable: $0.nullable || containsNull || outer) }
        case .stack:
            guard case .literal(let n) = call.callArguments.first, let rows = n.int64Value, rows > 0 else {
                throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                                 message: "Cannot resolve \"\(call.generatedName)\" due to data type mismatch: the input n should be a foldable \"INT\" expression; however, got \(call.callArguments.first?.generatedName ?? "")).",
                                 sqlState: "42K09")
            }
            let values = types.count - 1
            let width = max(1, (values + Int(rows) - 1) / Int(rows))
            return try (0..<width).map { column in
                let members = stride(from: 1 + column, to: types.count, by: width).map { $0 }
                var type = DataType.null, typeIndex = 0
                for m in members where types[m] != .null {
                    guard type == .null || type == types[m] else {
                        throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.STACK_COLUMN_DIFF_TYPES",
                                         message: "Cannot resolve \"\(call.generatedName)\" due to data type mismatch: The data type of the column (\(column)) do not have the same type: \"\(type.simpleString.uppercased())\" (\(typeIndex)) <> \"\(types[m].simpleString.uppercased())\" (\(m)).",
                                         sqlState: "42K09")
                    }
                    if type == .null { typeIndex = m }
                    type = types[m]
                }
                // Spark's `Stack` declares every column nullable, whatever its values.
                return StructField("col\(column)", type, nullable: true)
            }
        }
    }

    private static func mismatch(_ call: Expression, _ type: DataType, required: String) -> SparkError {
        SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                   message: "Cannot resolve \"\(call.generatedName)\" due to data type mismatch: The first parameter requires the \(required) type, however \"\(call.callArguments.first?.generatedName ?? "")\" has the type \"\(type.simpleString.uppercased())\".",
                   sqlState: "42K09")
    }

    /// Appends the rows generated from input row `row` to `columns` (one builder per added column) and returns
    /// how many there were; the `_outer` forms append a row of nulls where there would be none.
    func generate(row: Int, _ values: [ColumnVector], into columns: inout [ColumnBuilder]) -> Int {
        var count = 0
        switch kind {
        case .explode, .posexplode:
            let value = values[0].value(at: row)
            let offset = kind == .posexplode ? 1 : 0
            if let elements = value.arrayElements {
                for (i, element) in elements.enumerated() {
                    if offset == 1 { columns[0].append(.integer(Int32(i))) }
                    columns[offset].append(element)
                }
                count = elements.count
            } else if let (keys, entries) = value.mapEntries {
                for i in keys.indices {
                    if offset == 1 { columns[0].append(.integer(Int32(i))) }
                    columns[offset].append(keys[i])
                    columns[offset + 1].append(entries[i])
                }
                count = keys.count
            }
        case .inline:
            for element in values[0].value(at: row).arrayElements ?? [] {
                let fieldValues: [Value]? = if case .structure(_, let v) = element { v } else { nil }
                for c in columns.indices { columns[c].append(fieldValues?[c] ?? .null) }
                count += 1
            }
        case .stack:
            let rows = Int(values[0].value(at: row).int64Value ?? 0)
            let width = columns.count
            for r in 0..<rows {
                for c in 0..<width {
                    let i = 1 + r * width + c
                    columns[c].append(i < values.count ? values[i].value(at: row) : .null)
                }
            }
            count = rows
        }
        if count == 0 && outer {
            for c in columns.indices { columns[c].appendNull() }
            return 1
        }
        return count
    }
}

extension Expression {
    /// The arguments of a generator call (under its aliases).
    var callArguments: [Expression] {
        switch self {
        case .alias(let e, _): e.callArguments
        case .function(_, let arguments): arguments
        default: []
        }
    }
}
