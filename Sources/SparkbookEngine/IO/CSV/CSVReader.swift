import Foundation

/// Reads CSV bytes with a known schema into a `RecordBatch`, the way Spark's CSV source does with one-line records.
///
/// The file is memory-mapped and parsed in place: lines are found with `memchr`, fields are byte ranges, numbers
/// and timestamps are parsed from bytes; plain lines take `CSVPlainLineParser`'s byte path, the others the
/// tokenizer and converter. A `split` (byte range) follows Hadoop's line rule (`CSVLineScanner`), and
/// the header is dropped only by the split that starts at 0. A `projection` materialises only the listed schema
/// columns; like Spark's column pruning, a record is then malformed only if a projected value is bad (its field
/// count is not checked), unless the corrupt-record column is projected, which needs every column parsed.
/// Malformed records follow `options.mode`; the corrupt-record column (a string field named
/// `options.columnNameOfCorruptRecord` in `schema`) receives the raw line of malformed records in PERMISSIVE mode.
public struct CSVReader: Sendable {
    public let schema: StructType
    public let options: CSVOptions
    public let sessionZone: TimeZone
    /// Set when the schema was inferred from a sample: a value that does not fit throws `CSVSampleMisfit`.
    public var sampleCheck: CSVSampleCheck?
    /// The longest line the read may hold (`spark.driver.memory`).
    public var lineLimit: LineLengthLimit

    public init(schema: StructType, options: CSVOptions, sessionZone: TimeZone = TimeZone(identifier: "UTC")!,
                sampleCheck: CSVSampleCheck? = nil, lineLimit: LineLengthLimit = .sparkDefault) {
        self.schema = schema
        self.options = options
        self.sessionZone = sessionZone
        self.sampleCheck = sampleCheck
        self.lineLimit = lineLimit
    }

    /// Reads `path` (or the byte range `split` of it). `projection` lists schema column indices, in output order.
    public func read(path: String, split: Range<Int>? = nil, projection: [Int]? = nil) throws -> RecordBatch {
        let file = try MappedFile(path: path)
        return try withExtendedLifetime(file) {
            try read(buffer: file.bytes, path: path, split: split, projection: projection)
        }
    }

    /// Reads every file (see `CSVFileListing`) in order; one batch per file.
    public func read(paths: [String], projection: [Int]? = nil) throws -> [RecordBatch] {
        try paths.map { try read(path: $0, projection: projection) }
    }

    /// Reads CSV bytes already in memory; `path` is only used in error reports.
    public func read(
        buffer: UnsafeRawBufferPointer, path: String, split: Range<Int>? = nil, projection: [Int]? = nil
    ) throws -> RecordBatch {
        var result: RecordBatch?
        try forEachBatch(buffer: buffer, path: path, split: split, projection: projection, maxRows: .max) {
            result = $0
        }
        return result!
    }

    /// Reads `path` (or its `split`) as a stream of batches of at most `maxRows` rows, so memory stays bounded
    /// by the batch size, not the file; mapped pages already parsed are released as the read moves on.
    public func forEachBatch(
        path: String, split: Range<Int>? = nil, projection: [Int]? = nil, maxRows: Int,
        _ body: (RecordBatch) throws -> Void
    ) throws {
        let file = try MappedFile(path: path)
        try withExtendedLifetime(file) {
            try forEachBatch(buffer: file.bytes, path: path, split: split, projection: projection, maxRows: maxRows,
                             release: file, body)
        }
    }

    /// The streaming read over bytes in memory; at least one batch (possibly empty) is always delivered.
    public func forEachBatch(
        buffer: UnsafeRawBufferPointer, path: String, split: Range<Int>? = nil, projection: [Int]? = nil,
        maxRows: Int, release: MappedFile? = nil, _ body: (RecordBatch) throws -> Void
    ) throws {
        let plan = CSVReadPlan(schema: schema, options: options, projection: projection)
        let split = split ?? 0..<buffer.count
        var lines = CSVLineScanner(buffer, split: split)
        var tokenizer = CSVTokenizer(options: options)
        var converter = CSVRowConverter(dataFields: plan.dataFields, options: options, sessionZone: sessionZone)
        let plain = CSVPlainLineParser(plan: plan, options: options)
        let capacity = min(maxRows, CSVReader.estimatedRows(buffer, split))
        var builders = plan.output.map { ColumnBuilder(type: $0.dataType, capacity: capacity) }
        var rows = 0
        var delivered = false
        var skipHeader = options.header && split.lowerBound == 0
        var released = split.lowerBound
        while let line = lines.next() {
            if rows == maxRows {
                try body(RecordBatch(schema: StructType(plan.output), columns: builders.map { $0.finish() },
                                     rowCount: rows))
                delivered = true
                release?.release(released..<line.lowerBound)
                released = line.lowerBound
                builders = plan.output.map { ColumnBuilder(type: $0.dataType, capacity: capacity) }
                rows = 0
            }
            if CSVLineScanner.isBlank(buffer, line) { continue }
            if skipHeader { skipHeader = false; continue }
            try checkLength(of: line, in: buffer, path: path)
            if let plain, plain.parse(buffer, line, into: &builders) {
                rows += 1
                continue
            }
            tokenizer.tokenize(buffer, line, limit: plan.tokenLimit)
            try tokenizer.checkLimits(buffer, line, path: path)
            var wellFormed = converter.convert(plan.convertedColumns, tokenizer: tokenizer, buffer: buffer)
            if plan.checksFieldCount, tokenizer.fields.count != plan.dataFields.count { wellFormed = false }
            if !wellFormed {
                if let sampleCheck, sampleCheck.misfits(plan.convertedColumns, tokenizer: tokenizer, buffer: buffer) {
                    throw CSVSampleMisfit(path: path)
                }
                switch options.mode {
                case .dropMalformed: continue
                case .failFast:
                    throw malformed(converter, tokenizer, buffer, line: line, path: path)
                case .permissive: break
                }
            }
            for (slot, source) in plan.sources.enumerated() {
                switch source {
                case .data(let column):
                    converter.append(column, to: &builders[slot], tokenizer: tokenizer, buffer: buffer)
                case .corruptRecord:
                    if wellFormed {
                        builders[slot].appendNull()
                    } else {
                        builders[slot].append(utf8: UnsafeRawBufferPointer(rebasing: buffer[line]))
                    }
                }
            }
            rows += 1
        }
        if rows > 0 || !delivered {
            try body(RecordBatch(schema: StructType(plan.output), columns: builders.map { $0.finish() }, rowCount: rows))
        }
    }

    /// The driver-memory bound on one line (`LineLengthLimit`), before any of it is copied.
    @inline(__always)
    func checkLength(of line: Range<Int>, in buffer: UnsafeRawBufferPointer, path: String) throws {
        try lineLimit.check(bytes: line.count, path: path,
                            lineNumber: CSVLineScanner.lineNumber(in: buffer, at: line.lowerBound))
    }

    func malformed(
        _ converter: CSVRowConverter, _ tokenizer: CSVTokenizer, _ buffer: UnsafeRawBufferPointer,
        line: Range<Int>, path: String
    ) -> CSVError {
        let row = converter.sparkRowText(tokenizer: tokenizer, buffer: buffer)
        return CSVError(
            .malformedRecord,
            "[MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION] Malformed records are detected in record parsing: "
                + "\(row). Parse Mode: FAILFAST. To process malformed records as null result, try setting the "
                + "option 'mode' as 'PERMISSIVE'.",
            path: path,
            line: CSVLineScanner.lineNumber(in: buffer, at: line.lowerBound),
            record: String(decoding: UnsafeRawBufferPointer(rebasing: buffer[line]), as: UTF8.self)
        )
    }

    /// Rows expected in the split, from the line density of its first 64 KiB, so builders rarely regrow.
    static func estimatedRows(_ buffer: UnsafeRawBufferPointer, _ split: Range<Int>) -> Int {
        let start = min(split.lowerBound, buffer.count)
        let sampleEnd = min(buffer.count, start + 65_536)
        var newlines = 0
        var i = start
        while i < sampleEnd {
            let next = CSVLineScanner.lineEnd(in: buffer, from: i)
            guard next < sampleEnd else { break }
            newlines += 1
            i = next + 1
        }
        let sampled = sampleEnd - start
        guard newlines > 0, sampled > 0 else { return 16 }
        let total = min(split.count, buffer.count - start)
        return total / max(1, sampled / newlines) + 16
    }
}
