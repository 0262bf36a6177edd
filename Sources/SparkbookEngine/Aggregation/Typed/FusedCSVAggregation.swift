import Foundation

/// The fused map side of `scan csv -> (project of columns) -> partial aggregate`: each line's needed fields are
/// found and parsed straight from the mapped bytes into an `AggregationBatch`, with no `RecordBatch` of columns
/// in between.
///
/// Lines the fast parser cannot read exactly (a field starting with a quote, an empty or `nullValue` field, a
/// number in an unusual spelling, another number of fields) go through the general tokenizer and converter, one
/// line at a time, so quoting, nulls, malformed records and the parse modes behave as in `CSVReader`.
struct FusedCSVAggregation {
    let reader: CSVReader
    /// Schema columns the scan reads, in scan output order.
    let columns: [Int]
    /// Needed fields in line order.
    let fields: [FusedCSVField]
    let keyCount: Int
    let inputCount: Int
    /// Rows per block handed to the aggregator.
    static let blockRows = 4096
    /// Bytes parsed between releases of mapped pages.
    static let releaseBytes = 16 << 20

    /// `nil` unless every needed field is a data column of a fast type and the options keep lines simple.
    init?(reader: CSVReader, columns: [Int], plan: TypedAggregationPlan) {
        let options = reader.options
        guard !options.ignoreLeadingWhiteSpace, !options.ignoreTrailingWhiteSpace,
              FusedCSVLineScanner.supports(options) else { return nil }
        let readPlan = CSVReadPlan(schema: reader.schema, options: options, projection: columns)
        var roles: [Int: [FusedCSVField.Role]] = [:]
        func position(_ ordinal: Int) -> Int? {
            guard ordinal < readPlan.sources.count, case .data(let p) = readPlan.sources[ordinal] else { return nil }
            return p
        }
        for (k, ordinal) in plan.keyColumns.enumerated() {
            let type = plan.keyTypes[k]
            guard let p = position(ordinal), FusedCSVField.fastParses(type),
                  readPlan.dataFields[p].dataType == type else { return nil }
            roles[p, default: []].append(.key(k, type))
        }
        for (c, ordinal) in plan.callColumns.enumerated() {
            guard let ordinal else { continue }
            guard let p = position(ordinal), let type = plan.callInputTypes[c], FusedCSVField.fastParses(type),
                  readPlan.dataFields[p].dataType == type else { return nil }
            roles[p, default: []].append(.input(c, type, asDouble: plan.readsDouble(c)))
        }
        self.reader = reader
        self.columns = columns
        self.fields = roles.keys.sorted().map { FusedCSVField(position: $0, roles: roles[$0]!) }
        self.keyCount = plan.keyColumns.count
        self.inputCount = plan.callColumns.count
    }

    /// Folds the lines of `split` of `path` into `aggregator`, a block of rows at a time; returns the rows read
    /// (the task's input records). `afterBlock` runs after each block is folded (where a memory-bounded caller
    /// reserves memory for the groups, or spills them).
    @discardableResult
    func run(path: String, split: Range<Int>?, into aggregator: inout TypedPartialAggregator,
             afterBlock: (inout TypedPartialAggregator) throws -> Void = { _ in }) throws -> Int {
        let file = try MappedFile(path: path)
        return try withExtendedLifetime(file) {
            var rows = 0
            let block = AggregationBatch(capacity: Self.blockRows, keyCount: keyCount, inputCount: inputCount)
            let scanner = FusedCSVLineScanner(fusion: self, block: block, buffer: file.bytes, path: path)
            let split = split ?? 0..<file.bytes.count
            let lines = CSVLineScanner(file.bytes, split: split)
            var start = lines.position
            var skipHeader = reader.options.header && split.lowerBound == 0
            var released = split.lowerBound
            var sized = false
            while start <= lines.lastLineStart {
                start = try scanner.addLines(from: start, through: lines.lastLineStart, skipHeader: &skipHeader,
                                             dictionary: &aggregator.dictionary)
                rows += block.rowCount
                aggregator.consume(block)
                // Rows pass through from now on: the split's rows, from the bytes per row so far (2 % over).
                if !sized, aggregator.skip.passingThrough, start > split.lowerBound {
                    sized = true
                    let read = start - split.lowerBound
                    aggregator.expectPassedRows(rows + (split.upperBound - start) * rows / read * 51 / 50)
                }
                try afterBlock(&aggregator)
                if start - released >= Self.releaseBytes {
                    file.release(released..<start)
                    released = start
                }
            }
            rows += block.rowCount
            aggregator.consume(block)
            return rows
        }
    }
}
