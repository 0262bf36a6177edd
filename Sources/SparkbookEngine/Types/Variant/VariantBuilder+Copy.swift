/// Copying values into a builder: another variant (its object keys moved into this builder's dictionary), or an
/// engine value as Spark's cast to variant writes it (structs and string-keyed maps as objects, integers of any
/// width as the narrowest integer).
extension VariantBuilder {
    public mutating func append(_ v: Variant) throws {
        switch v.kind {
        case .object:
            let start = writePosition
            var fields: [(key: String, id: Int, offset: Int)] = []
            for i in 0..<v.count {
                guard let (key, element) = v.field(at: i) else { continue }
                fields.append((key, addKey(key), writePosition - start))
                try append(element)
            }
            try finishObject(start: start, fields: fields)
        case .array:
            let start = writePosition
            var offsets: [Int] = []
            for i in 0..<v.count {
                offsets.append(writePosition - start)
                if let element = v.element(at: i) { try append(element) } else { appendNull() }
            }
            finishArray(start: start, offsets: offsets)
        case .null: appendNull()
        case .boolean: appendBoolean(v.boolean!)
        case .long: appendLong(v.long!)
        case .double: appendDouble(v.double!)
        case .float: appendFloat(v.float!)
        case .decimal:
            let (unscaled, scale) = v.decimal!
            appendDecimal(unscaled: unscaled, scale: scale, precision: String(unscaled.magnitude).count)
        case .string: appendString(v.string!)
        case .date: appendDate(Int32(truncatingIfNeeded: v.long!))
        case .timestamp: appendTimestamp(v.long!)
        case .timestampNTZ: appendTimestampNTZ(v.long!)
        case .binary: appendBinary(v.binary!)
        }
    }

    /// An engine value: a map's keys become object keys as their text.
    public mutating func append(_ value: Value) throws {
        switch value {
        case .null: appendNull()
        case .boolean(let b): appendBoolean(b)
        case .byte(let v): appendLong(Int64(v))
        case .short(let v): appendLong(Int64(v))
        case .integer(let v): appendLong(Int64(v))
        case .long(let v): appendLong(v)
        case .float(let f): appendFloat(f)
        case .double(let d): appendDouble(d)
        case .decimal(let d): appendDecimal(unscaled: d.unscaled, scale: d.scale, precision: d.precision)
        case .string(let s): appendString(s)
        case .binary(let b): appendBinary(b)
        case .date(let d): appendDate(d)
        case .timestamp(let t): appendTimestamp(t)
        case .timestampNTZ(let t): appendTimestampNTZ(t)
        case .dayTimeInterval, .yearMonthInterval, .calendarInterval, .time:
            // Sparkbook's variants hold no interval or TIME values: casting one to VARIANT is refused.
            throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION",
                             message: "cannot cast an interval or TIME value to \"VARIANT\".", sqlState: "42K09")
        case .variant(let v): try append(v)
        case .array(let elements):
            let start = writePosition
            var offsets: [Int] = []
            for element in elements {
                offsets.append(writePosition - start)
                try append(element)
            }
            finishArray(start: start, offsets: offsets)
        case .structure(let names, let values):
            try appendObject(zip(names, values).map { ($0, $1) })
        case .map(let keys, let values):
            try appendObject(zip(keys, values).map { (ValueCast.sqlText($0), $1) })
        }
    }

    private mutating func appendObject(_ entries: [(String, Value)]) throws {
        let start = writePosition
        var fields: [(key: String, id: Int, offset: Int)] = []
        for (key, value) in entries {
            fields.append((key, addKey(key), writePosition - start))
            try append(value)
        }
        try finishObject(start: start, fields: fields)
    }

    /// A value as a variant of its own.
    public static func variant(_ value: Value) throws -> Variant {
        if case .variant(let v) = value { return v }
        var builder = VariantBuilder()
        try builder.append(value)
        return builder.result()
    }
}
