extension FusedCSVLineScanner {
    /// The general path for one line; false when the line is dropped (DROPMALFORMED).
    func general(_ line: Range<Int>, _ block: AggregationBatch,
                                  _ dictionary: inout StringDictionary) throws -> Bool {
        let reader = fusion.reader
        try reader.checkLength(of: line, in: buffer, path: path)
        tokenizer.tokenize(buffer, line, limit: readPlan.tokenLimit)
        try tokenizer.checkLimits(buffer, line, path: path)
        var wellFormed = converter.convert(readPlan.convertedColumns, tokenizer: tokenizer, buffer: buffer)
        if readPlan.checksFieldCount, tokenizer.fields.count != readPlan.dataFields.count { wellFormed = false }
        if !wellFormed {
            if let check = reader.sampleCheck, check.misfits(readPlan.convertedColumns, tokenizer: tokenizer, buffer: buffer) {
                throw CSVSampleMisfit(path: path)
            }
            switch reader.options.mode {
            case .dropMalformed: return false
            case .failFast: throw reader.malformed(converter, tokenizer, buffer, line: line, path: path)
            case .permissive: break
            }
        }
        for field in fields {
            let cell = converter.cells[field.position]
            for role in field.roles {
                switch role {
                case .key(let k, _):
                    switch cell {
                    case .null: block.setKeyNull(k)
                    case .int32(let v): block.setKey(k, GroupKeyCodes.code(int32: v))
                    case .int64(let v): block.setKey(k, GroupKeyCodes.code(int64: v))
                    case .double(let v): block.setKey(k, GroupKeyCodes.code(double: v))
                    case .boolean(let v): block.setKey(k, v ? 1 : 0)
                    case .decimal: preconditionFailure("decimal keys stay on the general aggregation path")
                    case .field(let index):
                        let code = tokenizer.withBytes(of: index, in: buffer) { bytes in
                            GroupKeyCodes.code(string: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self)
                                                   ?? UnsafePointer(bitPattern: 1)!,
                                               count: bytes.count, dictionary: &dictionary)
                        }
                        block.setKey(k, string: code)
                    case .emptyValue:
                        let code = Array(reader.options.emptyValue.utf8).withUnsafeBufferPointer {
                            GroupKeyCodes.code(string: $0.baseAddress ?? UnsafePointer(bitPattern: 1)!,
                                               count: $0.count, dictionary: &dictionary)
                        }
                        block.setKey(k, string: code)
                    }
                case .input(let c, _, let asDouble):
                    switch cell {
                    case .null: block.setInputNull(c)
                    case .int32(let v): if asDouble { block.setDouble(c, Double(v)) } else { block.setLong(c, Int64(v)) }
                    case .int64(let v): if asDouble { block.setDouble(c, Double(v)) } else { block.setLong(c, v) }
                    case .double(let v): block.setDouble(c, v)
                    // Only count(col) reads these, and it reads validity only.
                    case .boolean, .field, .emptyValue, .decimal: block.setLong(c, 0)
                    }
                }
            }
        }
        return true
    }
}
