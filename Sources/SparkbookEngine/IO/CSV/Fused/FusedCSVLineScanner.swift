import Foundation

/// Parses lines for `FusedCSVAggregation` into the rows of its block: the fast byte path, or the general
/// tokenizer for lines it cannot read exactly.
///
/// The fast path works a run of lines at a time: a `CSVStructuralIndex` holds every delimiter and line end of a
/// chunk; lines with the schema's number of fields are gathered from it (a few loads per line), then each needed
/// field is parsed for all gathered rows in one loop of its own (`FusedCSVLineScanner+Columns`), so no loop
/// dispatches on a field's type per row. The first row a loop cannot parse exactly ends the run there; its line
/// goes to the general path.
///
/// A class, so the hot loops never copy its (large) state; they read flat buffers with no reference counting.
final class FusedCSVLineScanner {
    /// One action on one field, flattened from `FusedCSVField` roles.
    struct Step {
        enum Op: UInt8 { case keyString, keyInt32, keyInt64, inputDouble, inputLong, inputLongAsDouble,
                         inputInt32, inputInt32AsDouble, inputPresent }
        let position: Int
        let op: Op
        /// The block's column the step writes (key codes, longs or doubles) and its validity, from row 0.
        let values: UnsafeMutableRawPointer
        let valid: UnsafeMutablePointer<Bool>
        /// A string key's tails (`GroupKeyCodes`), from row 0; unused by other steps.
        let tails: UnsafeMutablePointer<UInt64>

        init(position: Int, op: Op, slot: Int, block: AggregationBatch) {
            self.position = position
            self.op = op
            let offset = slot * block.capacity
            tails = block.keyTails + (op == .keyString ? offset : 0)
            switch op {
            case .keyString, .keyInt32, .keyInt64:
                values = UnsafeMutableRawPointer(block.keyCodes + offset); valid = block.keyValid + offset
            case .inputDouble, .inputLongAsDouble, .inputInt32AsDouble:
                values = UnsafeMutableRawPointer(block.doubles + offset); valid = block.inputValid + offset
            case .inputLong, .inputInt32, .inputPresent:
                values = UnsafeMutableRawPointer(block.longs + offset); valid = block.inputValid + offset
            }
        }

        @inline(__always) func set(_ row: Int, code: UInt64) {
            values.assumingMemoryBound(to: UInt64.self)[row] = code; valid[row] = true
        }
        @inline(__always) func set(_ row: Int, string code: (head: UInt64, tail: UInt64)) {
            values.assumingMemoryBound(to: UInt64.self)[row] = code.head; tails[row] = code.tail; valid[row] = true
        }
        @inline(__always) func set(_ row: Int, long: Int64) {
            values.assumingMemoryBound(to: Int64.self)[row] = long; valid[row] = true
        }
        @inline(__always) func set(_ row: Int, double: Double) {
            values.assumingMemoryBound(to: Double.self)[row] = double; valid[row] = true
        }
    }
    let fusion: FusedCSVAggregation
    /// The block every row is written to.
    let block: AggregationBatch
    let buffer: UnsafeRawBufferPointer
    let base: UnsafePointer<UInt8>
    let count: Int
    let path: String
    let quote: UInt8
    let hasQuote: Bool
    let nullCount: Int
    let fields: [FusedCSVField]
    let lastPosition: Int
    /// The schema's number of fields: lines with another count go to the general path (which accepts them or
    /// marks them malformed, as the read plan says).
    let fieldCount: Int
    let steps: UnsafeMutableBufferPointer<Step>
    let stepCount: Int
    let nullBytes: UnsafeMutableBufferPointer<UInt8>
    let index: CSVStructuralIndex
    /// The next unread entry of `index`.
    var entry = 0
    /// Per gathered row: its line's start and the index entry of its first field's end.
    let lineStarts: UnsafeMutablePointer<Int>
    let lineEntries: UnsafeMutablePointer<Int>
    // The general path, for lines the fast path declines.
    let readPlan: CSVReadPlan
    var tokenizer: CSVTokenizer
    var converter: CSVRowConverter

    deinit {
        steps.deallocate()
        nullBytes.deallocate()
        lineStarts.deallocate()
        lineEntries.deallocate()
    }

    /// Whether the options allow the word-at-a-time fast path (a delimiter that is neither a line break nor 0).
    /// The fast path reads only the needed fields, so the parser's limits must be Spark's defaults (a line past
    /// a chunk, the only kind that can be long, goes through `general`, which checks them).
    static func supports(_ options: CSVOptions) -> Bool {
        options.delimiter != 0x0A && options.delimiter != 0x0D && options.delimiter != 0
            && options.maxCharsPerColumn == CSVOptions().maxCharsPerColumn && options.maxColumns == CSVOptions().maxColumns
    }

    init(fusion: FusedCSVAggregation, block: AggregationBatch, buffer: UnsafeRawBufferPointer, path: String) {
        self.fusion = fusion
        self.block = block
        self.buffer = buffer
        base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? UnsafePointer(bitPattern: 1)!
        count = buffer.count
        self.path = path
        let options = fusion.reader.options
        index = CSVStructuralIndex(delimiter: options.delimiter)
        quote = options.quote ?? 0
        hasQuote = options.quote != nil
        let nullValue = Array(options.nullValue.utf8)
        nullCount = nullValue.count
        fields = fusion.fields
        lastPosition = fusion.fields.last?.position ?? -1
        var flat: [Step] = []
        for field in fusion.fields {
            for role in field.roles {
                switch role {
                case .key(let k, let type):
                    let op: Step.Op = type == .string ? .keyString : type == .integer ? .keyInt32 : .keyInt64
                    flat.append(Step(position: field.position, op: op, slot: k, block: block))
                case .input(let c, let type, let asDouble):
                    let op: Step.Op
                    switch type {
                    case .double: op = .inputDouble
                    case .integer: op = asDouble ? .inputInt32AsDouble : .inputInt32
                    case .long: op = asDouble ? .inputLongAsDouble : .inputLong
                    default: op = .inputPresent
                    }
                    flat.append(Step(position: field.position, op: op, slot: c, block: block))
                }
            }
        }
        steps = .allocate(capacity: max(1, flat.count))
        _ = steps.initialize(from: flat)
        stepCount = flat.count
        nullBytes = .allocate(capacity: max(1, nullValue.count))
        _ = nullBytes.initialize(from: nullValue)
        readPlan = CSVReadPlan(schema: fusion.reader.schema, options: options, projection: fusion.columns)
        fieldCount = readPlan.dataFields.count
        lineStarts = .allocate(capacity: block.capacity)
        lineEntries = .allocate(capacity: block.capacity)
        tokenizer = CSVTokenizer(options: options)
        converter = CSVRowConverter(dataFields: readPlan.dataFields, options: options,
                                    sessionZone: fusion.reader.sessionZone)
    }

    /// Adds lines from `start` (the start of a line) while they start at or before `last` and the block has room;
    /// returns the start of the next line. Indexes the next chunk when the current one has no whole line left.
    func addLines(from start: Int, through last: Int, skipHeader: inout Bool,
                  dictionary: inout StringDictionary) throws -> Int {
        var start = start
        while start <= last, !block.isFull {
            if entry >= index.count { index.build(buffer, from: start, quote: hasQuote ? quote : nil); entry = 0 }
            if skipHeader || base[start] <= 0x20 {
                guard let end = lineEnd(fromEntry: entry) else {
                    start = try nextChunk(start, &dictionary)
                    continue
                }
                let blank = CSVLineScanner.isBlank(buffer, start..<stop(start, end.offset))
                if blank || skipHeader {
                    if !blank { skipHeader = false }
                    entry = end.entry &+ 1
                    start = end.offset &+ 1
                    continue
                }
            }
            let first = block.rowCount
            let (rows, next) = gather(from: start, through: last)
            if rows > 0 {
                let parsed = parseColumns(first..<(first &+ rows), &dictionary)
                block.rowCount = first &+ parsed
                if parsed == rows {
                    start = next
                    continue
                }
                // Row `first + parsed` needs the general path; the rows after it are read again.
                start = lineStarts[first &+ parsed]
                entry = lineEntries[first &+ parsed]
            }
            // The line at `start` is not one the fast path reads: the general path reads it.
            guard let end = lineEnd(fromEntry: entry) else {
                start = try nextChunk(start, &dictionary)
                continue
            }
            if try general(start..<stop(start, end.offset), block, &dictionary) { block.rowCount &+= 1 }
            entry = end.entry &+ 1
            start = end.offset &+ 1
        }
        return start
    }

    /// The end of the line `start ..< end` without a carriage return before its newline.
    @inline(__always)
    func stop(_ start: Int, _ end: Int) -> Int {
        end > start && base[end &- 1] == 0x0D ? end &- 1 : end
    }

    /// The line at `start` runs past the indexed chunk: index again from it, or, when it is longer than a whole
    /// chunk, read it alone with the general path. Returns where to go on.
    private func nextChunk(_ start: Int, _ dictionary: inout StringDictionary) throws -> Int {
        defer { entry = index.count }
        guard index.chunkStart == start else { return start }
        let end = CSVLineScanner.lineEnd(in: buffer, from: start)
        if !CSVLineScanner.isBlank(buffer, start..<stop(start, end)),
           try general(start..<stop(start, end), block, &dictionary) {
            block.rowCount &+= 1
        }
        return end &+ 1
    }

    /// The entry and offset of the line end at or after entry `from`, or nil when the chunk has none.
    private func lineEnd(fromEntry from: Int) -> (entry: Int, offset: Int)? {
        var j = from
        while j < index.count {
            let e = index.entries[j]
            if e & CSVStructuralIndex.newlineFlag != 0 {
                return (j, index.chunkStart &+ Int(e & ~CSVStructuralIndex.newlineFlag))
            }
            j &+= 1
        }
        return nil
    }

    /// Gathers lines from `start` into the block's free rows while they have exactly `fieldCount` fields, end in
    /// the chunk, start no later than `last` and (after the first) do not start with a byte up to a space.
    /// Returns how many, and the start of the line after them.
    private func gather(from start: Int, through last: Int) -> (Int, Int) {
        let entries = index.entries, entryCount = index.count, chunkStart = index.chunkStart
        let lastEntry = fieldCount &- 1
        let first = block.rowCount, capacity = block.capacity
        let base = self.base, lineStarts = self.lineStarts, lineEntries = self.lineEntries
        let flag = CSVStructuralIndex.newlineFlag
        var row = first
        var j = entry
        var lineStart = start
        while row < capacity, j &+ lastEntry < entryCount {
            let end = entries[j &+ lastEntry]
            guard end & flag != 0 else { break }
            var inner: UInt32 = 0
            var k = j
            while k < j &+ lastEntry { inner |= entries[k]; k &+= 1 }
            guard inner & flag == 0 else { break }
            lineStarts[row] = lineStart
            lineEntries[row] = j
            row &+= 1
            j &+= fieldCount
            lineStart = chunkStart &+ Int(end & ~flag) &+ 1
            if lineStart > last || lineStart >= count || base[lineStart] <= 0x20 { break }
        }
        entry = j
        return (row &- first, lineStart)
    }
}
