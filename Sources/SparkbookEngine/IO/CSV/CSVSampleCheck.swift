import Foundation

/// Guards a schema inferred from a prefix of the input (`CSVSchemaInference.infer(files:sampleBytes:)`).
///
/// A value past the sample may not fit the sampled type (`1.5` in a column inferred as int from its first
/// megabytes). Spark infers over everything and would have widened the column, so a reader that meets such a
/// value must not read it as malformed: it throws `CSVSampleMisfit`, the scan re-infers over the whole input
/// and the query is planned and run again with the widened types.
public struct CSVSampleCheck: Sendable {
    /// The sampled type of every data column (corrupt-record column excluded), in field order.
    public let types: [CSVInferredType]
    public let options: CSVOptions
    public let sessionZone: TimeZone

    public init(types: [CSVInferredType], options: CSVOptions, sessionZone: TimeZone) {
        self.types = types
        self.options = options
        self.sessionZone = sessionZone
    }

    /// Whether a field among `columns` of a tokenized line would change its column's inferred type.
    func misfits(_ columns: [Int], tokenizer: CSVTokenizer, buffer: UnsafeRawBufferPointer) -> Bool {
        var inference = CSVFieldTypeInference(options: options, sessionZone: sessionZone)
        for column in columns where column < tokenizer.fields.count && column < types.count {
            let field = tokenizer.fields[column]
            if field.kind == .missing { continue }
            let current = types[column]
            let widened: CSVInferredType = tokenizer.withBytes(of: column, in: buffer) { raw in
                if field.kind == .quotedEmpty {
                    if options.emptyValue.isEmpty || options.emptyValue == options.nullValue { return current }
                    return Array(options.emptyValue.utf8).withUnsafeBytes { inference.infer(current, $0) }
                }
                if raw.isEmpty || raw.elementsEqual(options.nullValue.utf8) { return current }
                return inference.infer(current, raw)
            }
            if (CSVInferredType.compatible(current, widened) ?? .string) != current { return true }
        }
        return false
    }
}
