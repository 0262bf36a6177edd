import Foundation
import SparkbookUtilities

/// Spark's CSV schema inference (`CSVInferSchema`), on bytes.
///
/// Names come from the first non-blank line (made safe by `CSVHeader`) or are `_c0...`. With `inferSchema`, every
/// other line is folded in with `CSVFieldTypeInference` and `CSVInferredType.compatible` (string when types clash);
/// lines equal to the header are skipped in every file, since each part file repeats it. Empty fields and fields
/// equal to `nullValue` leave the type unchanged; a column with only nulls becomes a string.
public struct CSVSchemaInference: Sendable {
    public struct Result: Sendable, Hashable {
        public let names: [String]
        public let types: [CSVInferredType]

        /// The engine schema (every field nullable, as Spark infers it).
        public var schema: StructType {
            StructType(zip(names, types).map { StructField($0, $1.dataType) })
        }

        /// Spark's `df.schema.simpleString()`, e.g. `struct<a:int,big:decimal(20,0)>`.
        public var sparkSimpleString: String {
            "struct<" + zip(names, types).map { "\($0):\($1.sparkSimpleString)" }.joined(separator: ",") + ">"
        }
    }

    public let options: CSVOptions
    public let sessionZone: TimeZone
    /// The longest line inference may hold (`spark.driver.memory`); the parser's own limits are in `options`.
    public let lineLimit: LineLengthLimit

    public init(options: CSVOptions, sessionZone: TimeZone = TimeZone(identifier: "UTC")!,
                lineLimit: LineLengthLimit = .sparkDefault) {
        self.options = options
        self.sessionZone = sessionZone
        self.lineLimit = lineLimit
    }

    /// Infers over files (already expanded from directories, see `CSVFileListing`).
    public func infer(files: [String]) throws -> Result {
        let mapped = try files.map { try MappedFile(path: $0) }
        return try withExtendedLifetime(mapped) { try infer(buffers: mapped.map(\.bytes)) }
    }

    /// Infers over at most the first `sampleBytes` of the files (whole lines, files in order); also says
    /// whether that covered everything. `nil` reads it all. See `CSVInferredSchema` for what a sample risks.
    public func infer(files: [String], sampleBytes: Int?) throws -> (Result, complete: Bool) {
        let mapped = try files.map { try MappedFile(path: $0) }
        return try withExtendedLifetime(mapped) {
            guard let sampleBytes else { return (try infer(buffers: mapped.map(\.bytes)), true) }
            var budget = sampleBytes
            var buffers: [UnsafeRawBufferPointer] = []
            var complete = true
            for file in mapped where budget > 0 {
                let bytes = file.bytes
                if bytes.count <= budget {
                    buffers.append(bytes)
                    budget -= bytes.count
                    continue
                }
                // Cut after the last line that ends within the budget.
                var cut = budget
                while cut > 0, bytes[cut - 1] != 0x0A { cut -= 1 }
                if cut == 0 { cut = CSVLineScanner.lineEnd(in: bytes, from: budget) }
                buffers.append(UnsafeRawBufferPointer(rebasing: bytes[0..<min(bytes.count, cut)]))
                complete = cut >= bytes.count
                budget = 0
            }
            if buffers.count < mapped.count { complete = false }
            return (try infer(buffers: buffers), complete)
        }
    }

    /// Infers over in-memory CSV contents, one buffer per file.
    /// A line past `lineLimit` or the parser's limits fails, as Spark's inference does.
    public func infer(buffers: [UnsafeRawBufferPointer]) throws -> Result {
        var tokenizer = CSVTokenizer(options: options)
        // The first non-blank line of the first file that has one gives the width (and names with a header).
        var headerLine: [UInt8]?
        for buffer in buffers {
            var lines = CSVLineScanner(buffer)
            while let line = lines.next() {
                if CSVLineScanner.isBlank(buffer, line) { continue }
                try lineLimit.check(bytes: line.count, path: "the first file",
                                    lineNumber: CSVLineScanner.lineNumber(in: buffer, at: line.lowerBound))
                headerLine = Array(buffer[line])
                break
            }
            if headerLine != nil { break }
        }
        guard let headerLine else { return Result(names: [], types: []) }
        let rawNames: [String?] = try headerLine.withUnsafeBytes { header in
            tokenizer.tokenize(header, 0..<header.count)
            try tokenizer.checkLimits(header, 0..<header.count, path: nil)
            return (0..<tokenizer.fields.count).map { tokenizer.string(of: $0, in: header) }
        }
        let names = options.header
            ? CSVHeader.safeNames(rawNames, nullValue: options.nullValue)
            : CSVHeader.positionalNames(count: rawNames.count)
        guard options.inferSchema else {
            return Result(names: names, types: Array(repeating: .string, count: names.count))
        }
        var types = [CSVInferredType](repeating: .null, count: names.count)
        if options.samplingRatio == nil, let halves = Self.halves(buffers) {
            types = try foldSpeculatively(halves, from: types, headerLine: headerLine)
        } else {
            var sampler = options.samplingRatio.map { RowSampler(ratio: $0) }
            try fold(buffers, into: &types, headerLine: headerLine, sampler: &sampler)
        }
        return Result(names: names, types: types.map { $0 == .null ? .string : $0 })
    }

    /// Folds every line of `buffers` (but blank ones and repeats of the header) into `types`, in order.
    func fold(_ buffers: [UnsafeRawBufferPointer], into types: inout [CSVInferredType], headerLine: [UInt8],
              sampler: inout RowSampler?) throws {
        var tokenizer = CSVTokenizer(options: options)
        var fieldInference = CSVFieldTypeInference(options: options, sessionZone: sessionZone)
        for buffer in buffers {
            var lines = CSVLineScanner(buffer)
            while let line = lines.next() {
                if CSVLineScanner.isBlank(buffer, line) { continue }
                if options.header, line.count == headerLine.count,
                   headerLine.withUnsafeBytes({ $0.elementsEqual(buffer[line]) }) { continue }
                if var current = sampler {
                    let keep = current.keep()
                    sampler = current
                    if !keep { continue }
                }
                try lineLimit.check(bytes: line.count, path: "an input file",
                                    lineNumber: CSVLineScanner.lineNumber(in: buffer, at: line.lowerBound))
                tokenizer.tokenize(buffer, line, limit: types.count)
                try tokenizer.checkLimits(buffer, line, path: nil)
                fold(&types, tokenizer: tokenizer, buffer: buffer, inference: &fieldInference)
            }
        }
    }

    private func fold(
        _ types: inout [CSVInferredType], tokenizer: CSVTokenizer, buffer: UnsafeRawBufferPointer,
        inference: inout CSVFieldTypeInference
    ) {
        let nullValue = options.nullValue
        let nullBytes = Array(nullValue.utf8)
        let emptyValue = options.emptyValue
        for index in 0..<min(types.count, tokenizer.fields.count) {
            let field = tokenizer.fields[index]
            if field.kind == .missing { continue }
            let soFar = types[index]
            // A string column stays one whatever comes (`compatible(.string, _)` is string).
            if soFar == .string { continue }
            let next: CSVInferredType = tokenizer.withBytes(of: index, in: buffer) { raw in
                let bytes = field.kind == .quotedEmpty ? nil : raw
                if let bytes {
                    if bytes.isEmpty || (bytes.count == nullBytes.count && bytes.elementsEqual(nullBytes)) {
                        return soFar
                    }
                    return inference.infer(soFar, bytes)
                }
                if emptyValue.isEmpty || emptyValue == nullValue { return soFar }
                return Array(emptyValue.utf8).withUnsafeBytes { inference.infer(soFar, $0) }
            }
            types[index] = CSVInferredType.compatible(soFar, next) ?? .string
        }
    }
}

/// A deterministic Bernoulli sample for `samplingRatio` (Spark's own sample is random per run).
struct RowSampler {
    let ratio: Double
    var generator = SplitMix64(seed: 0x5EED_CAFE)

    mutating func keep() -> Bool {
        Double(generator.next() >> 11) / Double(1 << 53) < ratio
    }
}
