import Foundation

/// The fast path's second half: every needed field of a run of gathered rows is parsed by a loop of its own.
extension FusedCSVLineScanner {
    /// Checks and parses the needed fields of `rows`, one field (step) at a time. Returns how many leading rows
    /// parsed: the first row any loop cannot read exactly (a field starting with a quote, an empty or `nullValue`
    /// field, an unusual number) ends the run there, and later loops stop before it.
    func parseColumns(_ rows: Range<Int>, _ dictionary: inout StringDictionary) -> Int {
        var limit = rows.upperBound
        let base = self.base, quote = self.quote
        if index.hasQuote, lastPosition >= 0 {
            // A field starting with a quote, up to the last needed one, needs the tokenizer's quoting rules.
            for f in 0...lastPosition {
                forEachField(f, rows.lowerBound, &limit) { _, at, count in count == 0 || base[at] != quote }
            }
        }
        for s in 0..<stepCount {
            let step = steps[s]
            parse(step, rows.lowerBound, &limit, &dictionary)
        }
        return limit &- rows.lowerBound
    }

    /// Runs `body(row, field start, field byte count)` on field `f` of rows `from ..< limit` until it returns
    /// false, which lowers `limit` to that row.
    @inline(__always)
    private func forEachField(_ f: Int, _ from: Int, _ limit: inout Int, _ body: (Int, Int, Int) -> Bool) {
        let entries = index.entries, chunkStart = index.chunkStart
        let lineStarts = self.lineStarts, lineEntries = self.lineEntries, base = self.base
        let isLast = f == fieldCount &- 1
        let offset = ~CSVStructuralIndex.newlineFlag
        var row = from
        while row < limit {
            let e = lineEntries[row]
            let start = f == 0 ? lineStarts[row] : chunkStart &+ Int(entries[e &+ f &- 1] & offset) &+ 1
            var end = chunkStart &+ Int(entries[e &+ f] & offset)
            if isLast, end > start, base[end &- 1] == 0x0D { end &-= 1 }
            if !body(row, start, end &- start) { limit = row; return }
            row &+= 1
        }
    }

    /// Parses `step`'s field for rows `from ..< limit` into the block.
    private func parse(_ step: Step, _ from: Int, _ limit: inout Int, _ dictionary: inout StringDictionary) {
        let base = self.base, size = count
        let nullCount = self.nullCount, nullBytes = self.nullBytes.baseAddress!
        /// A field the fast path reads: not empty and not the null value.
        @inline(__always) func plain(_ at: Int, _ count: Int) -> Bool {
            count > 0 && !(nullCount > 0 && count == nullCount && memcmp(nullBytes, base + at, count) == 0)
        }
        let f = step.position
        switch step.op {
        case .keyString:
            // Strings of up to 15 bytes are packed from two loads; the dictionary slots of the run's longer
            // strings are read first, their cache misses overlapping.
            if dictionary.count > 0 {
                var all = limit, sink: UInt64 = 0
                forEachField(f, from, &all) { _, at, count in
                    if count > GroupKeyCodes.inlineBytes { sink ^= dictionary.homeSlot(base + at, count: count) }
                    return true
                }
                dictionary.keep(sink)
            }
            forEachField(f, from, &limit) { row, at, count in
                guard plain(at, count) else { return false }
                if count <= GroupKeyCodes.inlineBytes, at &+ 16 <= size {
                    let words = UnsafeRawPointer(base + at)
                    step.set(row, string: GroupKeyCodes.inline(first: words.loadUnaligned(as: UInt64.self).littleEndian,
                                                               second: words.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian,
                                                               count: count))
                } else {
                    step.set(row, string: GroupKeyCodes.code(string: base + at, count: count, dictionary: &dictionary))
                }
                return true
            }
        case .keyInt32:
            forEachField(f, from, &limit) { row, at, count in
                guard plain(at, count), let v = FusedNumberParsing.int64(base + at, count),
                      let narrow = Int32(exactly: v) else { return false }
                step.set(row, code: GroupKeyCodes.code(int32: narrow))
                return true
            }
        case .keyInt64:
            forEachField(f, from, &limit) { row, at, count in
                guard plain(at, count), let v = FusedNumberParsing.int64(base + at, count) else { return false }
                step.set(row, code: GroupKeyCodes.code(int64: v))
                return true
            }
        case .inputDouble:
            forEachField(f, from, &limit) { row, at, count in
                guard plain(at, count), let v = FusedNumberParsing.double(base + at, count) else { return false }
                step.set(row, double: v)
                return true
            }
        case .inputLong, .inputInt32, .inputLongAsDouble, .inputInt32AsDouble:
            let narrow = step.op == .inputInt32 || step.op == .inputInt32AsDouble
            let asDouble = step.op == .inputLongAsDouble || step.op == .inputInt32AsDouble
            forEachField(f, from, &limit) { row, at, count in
                guard plain(at, count), let v = FusedNumberParsing.int64(base + at, count),
                      !narrow || Int32(exactly: v) != nil else { return false }
                if asDouble { step.set(row, double: Double(v)) } else { step.set(row, long: v) }
                return true
            }
        case .inputPresent:
            forEachField(f, from, &limit) { row, at, count in
                guard plain(at, count) else { return false }
                step.set(row, long: 0)
                return true
            }
        }
    }
}
