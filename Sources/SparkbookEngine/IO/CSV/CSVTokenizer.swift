/// Splits one line of CSV bytes into fields the way Spark's parser (univocity, single-line mode) does.
///
/// Quoted fields may hold delimiters; `\"` (Spark's default escape) or `""` (when `escape` is the quote) stand for a
/// quote. A quote inside a quoted field that is not followed by a delimiter or the line end makes the whole field
/// raw text up to the next delimiter (univocity's `STOP_AT_DELIMITER`, which Spark uses); a quote that is never
/// closed takes the rest of the line. Fields are byte ranges; only unescaped fields are copied (to `scratch`).
public struct CSVTokenizer {
    public let delimiter: UInt8
    public let quote: UInt8?
    public let escape: UInt8
    public let trimLeading: Bool
    public let trimTrailing: Bool
    /// Spark's `maxCharsPerColumn` (-1: unlimited) and `maxColumns`, checked by `checkLimits`.
    public let maxCharsPerColumn: Int
    public let maxColumns: Int
    /// The fields of the last tokenized line.
    public private(set) var fields: [CSVField] = []
    /// Unescaped bytes of the fields whose kind is `.scratch`.
    public private(set) var scratch: [UInt8] = []
    /// Whether the last line had fields past the `limit` it was tokenized with.
    public private(set) var truncated = false

    public init(options: CSVOptions) {
        delimiter = options.delimiter
        quote = options.quote
        escape = options.escape
        trimLeading = options.ignoreLeadingWhiteSpace
        trimTrailing = options.ignoreTrailingWhiteSpace
        maxCharsPerColumn = options.maxCharsPerColumn
        maxColumns = options.maxColumns
        fields.reserveCapacity(16)
    }

    /// Tokenizes `buffer[range]` (one line, terminator excluded), keeping at most `limit` fields.
    /// Stopping early lets a projection skip the tail of a line.
    public mutating func tokenize(_ buffer: UnsafeRawBufferPointer, _ range: Range<Int>, limit: Int = .max) {
        fields.removeAll(keepingCapacity: true)
        scratch.removeAll(keepingCapacity: true)
        truncated = false
        guard let base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
            fields.append(CSVField(kind: .missing, start: 0, end: 0))
            return
        }
        let end = range.upperBound
        var i = range.lowerBound
        while true {
            guard fields.count < limit else { truncated = true; break }
            if trimLeading { while i < end, base[i] == 0x20 || base[i] == 0x09 { i += 1 } }
            if let quote, i < end, base[i] == quote {
                i = quotedField(base, from: i, end: end, quote: quote)
            } else {
                var j = i
                while j < end, base[j] != delimiter { j += 1 }
                appendUnquoted(base, i, j)
                i = j
            }
            // `i` is now at a delimiter or the line end.
            if i >= end { break }
            i += 1
            if i == end {
                if fields.count < limit { fields.append(CSVField(kind: .missing, start: end, end: end)) } else { truncated = true }
                break
            }
        }
    }

    private mutating func appendUnquoted(_ base: UnsafePointer<UInt8>, _ start: Int, _ stop: Int) {
        var stop = stop
        if trimTrailing { while stop > start, base[stop - 1] == 0x20 || base[stop - 1] == 0x09 { stop -= 1 } }
        fields.append(CSVField(kind: stop == start ? .missing : .input, start: start, end: stop))
    }

    /// Parses a quoted field starting at the opening quote; returns the index of the delimiter or line end after it.
    private mutating func quotedField(_ base: UnsafePointer<UInt8>, from open: Int, end: Int, quote: UInt8) -> Int {
        let contentStart = open + 1
        var i = contentStart
        var copied = false
        var scratchStart = scratch.count
        var runStart = contentStart
        while i < end {
            let byte = base[i]
            if byte == escape, escape != quote, i + 1 < end, base[i + 1] == quote {
                if !copied { copied = true; scratchStart = scratch.count }
                scratch.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart))
                scratch.append(quote)
                i += 2
                runStart = i
                continue
            }
            if byte == quote {
                if escape == quote, i + 1 < end, base[i + 1] == quote {
                    if !copied { copied = true; scratchStart = scratch.count }
                    scratch.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart + 1))
                    i += 2
                    runStart = i
                    continue
                }
                let after = i + 1
                if after == end || base[after] == delimiter {
                    finishQuoted(base, copied: copied, scratchStart: scratchStart, runStart: runStart, stop: i)
                    return after
                }
                // An unescaped quote inside the value: the field is raw text up to the next delimiter.
                if copied { scratch.removeSubrange(scratchStart...) }
                var j = after
                while j < end, base[j] != delimiter { j += 1 }
                appendUnquoted(base, open, j)
                return j
            }
            i += 1
        }
        // Never closed: the rest of the line, without the opening quote.
        finishQuoted(base, copied: copied, scratchStart: scratchStart, runStart: runStart, stop: end)
        return end
    }

    private mutating func finishQuoted(
        _ base: UnsafePointer<UInt8>, copied: Bool, scratchStart: Int, runStart: Int, stop: Int
    ) {
        if copied {
            scratch.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: stop - runStart))
            fields.append(CSVField(kind: .scratch, start: scratchStart, end: scratch.count))
        } else {
            let start = runStart
            fields.append(CSVField(kind: stop == start ? .quotedEmpty : .input, start: start, end: stop))
        }
    }

    /// Calls `body` with the bytes of field `index` (empty for missing and quoted-empty fields).
    @inline(__always)
    public func withBytes<R>(
        of index: Int, in buffer: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> R
    ) rethrows -> R {
        let field = fields[index]
        switch field.kind {
        case .input:
            return try body(UnsafeRawBufferPointer(rebasing: buffer[field.start..<field.end]))
        case .scratch:
            return try scratch.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[field.start..<field.end])) }
        case .missing, .quotedEmpty:
            return try body(UnsafeRawBufferPointer(start: nil, count: 0))
        }
    }

    /// The field as a `String`, or `nil` for a missing field; for headers and error messages, not hot paths.
    public func string(of index: Int, in buffer: UnsafeRawBufferPointer) -> String? {
        if fields[index].kind == .missing { return nil }
        return withBytes(of: index, in: buffer) { String(decoding: $0, as: UTF8.self) }
    }
}
