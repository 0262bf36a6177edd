/// What a read materialises and checks, worked out once from the schema, the options and the projection.
struct CSVReadPlan {
    enum Source: Equatable {
        /// The data column at this position among the non-corrupt fields (= its field position in a line).
        case data(Int)
        case corruptRecord
    }

    /// The schema's fields without the corrupt-record column: one per CSV field, in order.
    let dataFields: [StructField]
    /// The fields of the batch, in output order.
    let output: [StructField]
    let sources: [Source]
    /// Data columns to parse for each line (all of them unless pruned).
    let convertedColumns: [Int]
    /// Spark treats a field count different from the schema's as malformed, unless columns are pruned.
    let checksFieldCount: Bool
    /// How many fields the tokenizer needs to find in a line.
    let tokenLimit: Int

    init(schema: StructType, options: CSVOptions, projection: [Int]?) {
        let corruptIndex = schema.fields.firstIndex {
            $0.name == options.columnNameOfCorruptRecord && $0.dataType == .string
        }
        var dataPosition: [Int: Int] = [:]
        var data: [StructField] = []
        for (index, field) in schema.fields.enumerated() where index != corruptIndex {
            dataPosition[index] = data.count
            data.append(field)
        }
        dataFields = data
        let selected = projection ?? Array(schema.fields.indices)
        output = selected.map { schema.fields[$0] }
        sources = selected.map { $0 == corruptIndex ? .corruptRecord : .data(dataPosition[$0]!) }
        let projectedData = Set(sources.compactMap { source -> Int? in
            if case .data(let position) = source { return position }
            return nil
        })
        let pruned = projection != nil && !sources.contains(.corruptRecord) && projectedData.count < data.count
        checksFieldCount = !pruned
        convertedColumns = pruned ? projectedData.sorted() : Array(data.indices)
        tokenLimit = pruned ? (projectedData.max().map { $0 + 1 } ?? 0) : Int.max
    }
}
