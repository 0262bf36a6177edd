import Foundation

/// `CSVReader`'s byte path for plain lines: a line with exactly the schema's fields, no quote byte, and every
/// read field non-empty, not `nullValue` and of a type whose common spellings parse exactly from bytes (`int`,
/// `bigint`, `double` through `FusedNumberParsing`, `string` as is) is split eight bytes at a time and its read
/// fields appended straight to the builders. Any other line returns false with the builders untouched, and the
/// tokenizer and converter read it, so quoting, nulls, unusual numbers, malformed records and parse modes behave
/// exactly as before; a line this path accepts is one the general path reads to the same values. It skips the
/// per-field `CSVField` and `Cell` values of the general path, which made plain scans (a join's sides) spend
/// most of their time parsing.
///
/// A class, so the per-line scratch is flat memory with no copy-on-write checks.
final class CSVPlainLineParser {
    enum Kind { case int32, int64, double, string }
    /// Per output slot: the line's field it reads and how.
    private let slotFields: [Int]
    private let slotKinds: [Kind]
    private let fieldCount: Int
    private let delimiterPattern: UInt64
    private let quotePattern: UInt64
    private let delimiter: UInt8
    private let quote: UInt8
    private let hasQuote: Bool
    private let nullValue: [UInt8]
    /// Field `f` of the current line is `starts[f] ..< ends[f]`.
    private let starts: UnsafeMutablePointer<Int>
    private let ends: UnsafeMutablePointer<Int>
    /// Parsed numbers per slot (Double bit patterns for doubles), held until every field has parsed.
    private let numbers: UnsafeMutablePointer<UInt64>

    /// `nil` unless the options keep fields unchanged by trimming and every output column is a data column of
    /// a fast type.
    init?(plan: CSVReadPlan, options: CSVOptions) {
        guard !options.ignoreLeadingWhiteSpace, !options.ignoreTrailingWhiteSpace,
              FusedCSVLineScanner.supports(options), !plan.dataFields.isEmpty else { return nil }
        var fields: [Int] = [], kinds: [Kind] = []
        for source in plan.sources {
            guard case .data(let p) = source else { return nil }
            switch plan.dataFields[p].dataType {
            case .integer: kinds.append(.int32)
            case .long: kinds.append(.int64)
            case .double: kinds.append(.double)
            case .string: kinds.append(.string)
            default: return nil
            }
            fields.append(p)
        }
        slotFields = fields
        slotKinds = kinds
        fieldCount = plan.dataFields.count
        delimiter = options.delimiter
        delimiterPattern = UInt64(options.delimiter) &* 0x0101_0101_0101_0101
        quote = options.quote ?? 0
        hasQuote = options.quote != nil
        quotePattern = UInt64(options.quote ?? 0) &* 0x0101_0101_0101_0101
        nullValue = Array(options.nullValue.utf8)
        starts = .allocate(capacity: fieldCount + 1)
        ends = .allocate(capacity: fieldCount + 1)
        numbers = .allocate(capacity: max(1, fields.count))
    }

    deinit {
        starts.deallocate()
        ends.deallocate()
        numbers.deallocate()
    }

    /// Appends `line` of `buffer` to `builders` (one per output slot) when it is plain; false otherwise.
    func parse(_ buffer: UnsafeRawBufferPointer, _ line: Range<Int>, into builders: inout [ColumnBuilder]) -> Bool {
        guard let raw = buffer.baseAddress, split(raw, line) else { return false }
        let base = raw.assumingMemoryBound(to: UInt8.self)
        let nullCount = nullValue.count
        // Every read field parses before any builder grows, so a declined line leaves no half row.
        for slot in 0..<slotFields.count {
            let f = slotFields[slot]
            let at = starts[f], count = ends[f] &- at
            guard count > 0 else { return false }
            if count == nullCount, nullValue.withUnsafeBufferPointer({ memcmp($0.baseAddress!, base + at, count) == 0 }) {
                return false
            }
            switch slotKinds[slot] {
            case .int32:
                guard let v = FusedNumberParsing.int64(base + at, count), let narrow = Int32(exactly: v) else { return false }
                numbers[slot] = UInt64(bitPattern: Int64(narrow))
            case .int64:
                guard let v = FusedNumberParsing.int64(base + at, count) else { return false }
                numbers[slot] = UInt64(bitPattern: v)
            case .double:
                guard let v = FusedNumberParsing.double(base + at, count) else { return false }
                numbers[slot] = v.bitPattern
            case .string: break
            }
        }
        for slot in 0..<slotFields.count {
            switch slotKinds[slot] {
            case .int32: builders[slot].append(int32: Int32(truncatingIfNeeded: Int64(bitPattern: numbers[slot])))
            case .int64: builders[slot].append(int64: Int64(bitPattern: numbers[slot]))
            case .double: builders[slot].append(double: Double(bitPattern: numbers[slot]))
            case .string:
                let f = slotFields[slot]
                builders[slot].append(utf8: UnsafeBufferPointer(start: base + starts[f], count: ends[f] &- starts[f]))
            }
        }
        return true
    }

    /// Finds the line's fields; false when it holds a quote byte or another number of fields.
    @inline(__always)
    private func split(_ raw: UnsafeRawPointer, _ line: Range<Int>) -> Bool {
        let base = raw.assumingMemoryBound(to: UInt8.self)
        let end = line.upperBound, last = fieldCount &- 1
        var f = 0
        var i = line.lowerBound
        starts[0] = i
        while i &+ 8 <= end {
            let w = UInt64(littleEndian: (raw + i).loadUnaligned(as: UInt64.self))
            if hasQuote, CSVStructuralIndex.zeroBytes(w ^ quotePattern) != 0 { return false }
            var mask = CSVStructuralIndex.zeroBytes(w ^ delimiterPattern)
            while mask != 0 {
                guard f < last else { return false }
                let at = i &+ mask.trailingZeroBitCount &>> 3
                ends[f] = at
                f &+= 1
                starts[f] = at &+ 1
                mask &= mask &- 1
            }
            i &+= 8
        }
        while i < end {
            let b = base[i]
            if hasQuote, b == quote { return false }
            if b == delimiter {
                guard f < last else { return false }
                ends[f] = i
                f &+= 1
                starts[f] = i &+ 1
            }
            i &+= 1
        }
        ends[f] = end
        return f == last
    }
}
