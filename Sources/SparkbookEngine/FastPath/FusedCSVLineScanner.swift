import Foundation

/// Parses one line for `FusedCSVAggregation`: the fast byte path, or the general tokenizer for lines it cannot
/// read exactly. Writes the row into the block's current slot and advances it.
///
/// A class, so the hot loop never copies its (large) state; the fast path reads a flat array of `Step`s with no
/// reference counting per field.
final class FusedCSVLineScanner {
    /// One action on one field, flattened from `FusedCSVField` roles.
    struct Step {
        enum Op: UInt8 { case keyString, keyInt32, keyInt64, inputDouble, inputLong, inputLongAsDouble,
                         inputInt32, inputInt32AsDouble, inputPresent }
        let position: Int
        let op: Op
        let slot: Int
    }
    let fusion: FusedCSVAggregation
    let buffer: UnsafeRawBufferPointer
    let base: UnsafePointer<UInt8>
    let path: String
    let delimiter: UInt8
    let quote: UInt8
    let hasQuote: Bool
    let nullValue: [UInt8]
    let stepCount: Int
    let fields: [FusedCSVField]
    let lastPosition: Int
    let steps: UnsafeMutableBufferPointer<Step>
    let nullBytes: UnsafeMutableBufferPointer<UInt8>
    // The general path, for lines the fast path declines.
    let readPlan: CSVReadPlan
    var tokenizer: CSVTokenizer
    var converter: CSVRowConverter

    deinit {
        steps.deallocate()
        nullBytes.deallocate()
    }

    init(fusion: FusedCSVAggregation, buffer: UnsafeRawBufferPointer, path: String) {
        self.fusion = fusion
        self.buffer = buffer
        base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? UnsafePointer(bitPattern: 1)!
        self.path = path
        let options = fusion.reader.options
        delimiter = options.delimiter
        quote = options.quote ?? 0
        hasQuote = options.quote != nil
        nullValue = Array(options.nullValue.utf8)
        fields = fusion.fields
        lastPosition = fusion.fields.last?.position ?? -1
        var flat: [Step] = []
        for field in fusion.fields {
            for role in field.roles {
                switch role {
                case .key(let k, let type):
                    let op: Step.Op = type == .string ? .keyString : type == .integer ? .keyInt32 : .keyInt64
                    flat.append(Step(position: field.position, op: op, slot: k))
                case .input(let c, let type, let asDouble):
                    let op: Step.Op
                    switch type {
                    case .double: op = .inputDouble
                    case .integer: op = asDouble ? .inputInt32AsDouble : .inputInt32
                    case .long: op = asDouble ? .inputLongAsDouble : .inputLong
                    default: op = .inputPresent
                    }
                    flat.append(Step(position: field.position, op: op, slot: c))
                }
            }
        }
        steps = .allocate(capacity: max(1, flat.count))
        _ = steps.initialize(from: flat)
        stepCount = flat.count
        nullBytes = .allocate(capacity: max(1, nullValue.count))
        _ = nullBytes.initialize(from: nullValue)
        readPlan = CSVReadPlan(schema: fusion.reader.schema, options: options, projection: fusion.columns)
        tokenizer = CSVTokenizer(options: options)
        converter = CSVRowConverter(dataFields: readPlan.dataFields, options: options,
                                    sessionZone: fusion.reader.sessionZone)
    }

    /// The first delimiter at or after `from` before `end`, or `end`; eight bytes at a time where it can.
    @inline(__always)
    func nextDelimiter(_ from: Int, _ end: Int) -> Int {
        var p = from
        let pattern = UInt64(delimiter) &* 0x0101_0101_0101_0101
        while p &+ 8 <= end {
            let word = UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self) ^ pattern
            let zero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            if zero != 0 { return p &+ (zero.trailingZeroBitCount >> 3) }
            p &+= 8
        }
        while p < end, base[p] != delimiter { p &+= 1 }
        return p
    }

    func add(_ line: Range<Int>, to block: AggregationBatch, dictionary: inout StringDictionary) throws {
        if !fast(line, block, &dictionary) {
            guard try general(line, block, &dictionary) else { return }
        }
        block.rowCount &+= 1
    }

    /// The fast path; false (with the slot left to be overwritten) when the line needs the general one.
    @inline(__always)
    private func fast(_ line: Range<Int>, _ block: AggregationBatch, _ dictionary: inout StringDictionary) -> Bool {
        let end = line.upperBound
        var p = line.lowerBound
        var position = 0
        var fieldStart = 0, count = 0
        var current = -1
        let nullCount = nullValue.count
        for s in 0..<stepCount {
            let step = steps[s]
            if step.position != current {
                while position < step.position {
                    if hasQuote, p < end, base[p] == quote { return false }
                    p = nextDelimiter(p, end)
                    if p >= end { return false }
                    p &+= 1
                    position &+= 1
                }
                if hasQuote, p < end, base[p] == quote { return false }
                let stop = nextDelimiter(p, end)
                count = stop &- p
                if count == 0 { return false }
                if nullCount > 0, count == nullCount, memcmp(nullBytes.baseAddress!, base + p, count) == 0 {
                    return false
                }
                fieldStart = p
                current = step.position
                p = stop &+ 1
                position &+= 1
            }
            let field = base + fieldStart
            switch step.op {
            case .keyString:
                block.setKey(step.slot, GroupKeyCodes.code(string: field, count: count, dictionary: &dictionary))
            case .keyInt32:
                guard let v = FusedNumberParsing.int64(field, count), let narrow = Int32(exactly: v) else { return false }
                block.setKey(step.slot, GroupKeyCodes.code(int32: narrow))
            case .keyInt64:
                guard let v = FusedNumberParsing.int64(field, count) else { return false }
                block.setKey(step.slot, GroupKeyCodes.code(int64: v))
            case .inputDouble:
                guard let v = FusedNumberParsing.double(field, count) else { return false }
                block.setDouble(step.slot, v)
            case .inputLong, .inputLongAsDouble, .inputInt32, .inputInt32AsDouble:
                guard let v = FusedNumberParsing.int64(field, count) else { return false }
                if step.op == .inputInt32 || step.op == .inputInt32AsDouble, Int32(exactly: v) == nil { return false }
                if step.op == .inputLongAsDouble || step.op == .inputInt32AsDouble {
                    block.setDouble(step.slot, Double(v))
                } else {
                    block.setLong(step.slot, v)
                }
            case .inputPresent:
                block.setLong(step.slot, 0)
            }
        }
        return true
    }

    /// The general path for one line; false when the line is dropped (DROPMALFORMED).
    private func general(_ line: Range<Int>, _ block: AggregationBatch,
                                  _ dictionary: inout StringDictionary) throws -> Bool {
        let reader = fusion.reader
        tokenizer.tokenize(buffer, line, limit: readPlan.tokenLimit)
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
                        block.setKey(k, code)
                    case .emptyValue:
                        let code = Array(reader.options.emptyValue.utf8).withUnsafeBufferPointer {
                            GroupKeyCodes.code(string: $0.baseAddress ?? UnsafePointer(bitPattern: 1)!,
                                               count: $0.count, dictionary: &dictionary)
                        }
                        block.setKey(k, code)
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
