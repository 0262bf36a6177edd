import SparkbookDataFrame
import SparkbookEngine

/// `F.` for the sketch and bitmap functions (`hll_sketch_agg`, `theta_union`, `kll_sketch_get_quantile_bigint`,
/// ...), built from `SketchFunctionCatalog`: column arguments by name or Column, parameters as literals or Columns,
/// and Spark's defaults filled in for the parameters left out.
enum SketchFunctionsBinding {
    static var names: Set<String> { Set(SketchFunctionCatalog.names) }

    static func call(_ name: String, _ args: CallArguments) throws -> Column? {
        guard let entry = SketchFunctionCatalog.entry(name) else { return nil }
        let parameterNames = entry.parameters.map(\.name)
        let values = try args.bind(entry.columns + parameterNames, required: entry.columns.count)
        let columns = try zip(entry.columns, values).map { try $1!.column($0).expression }
        var parameters: [Expression] = []
        for value in values.dropFirst(entry.columns.count) {
            guard let value else { break }
            if case .none = value { break }
            parameters.append(try value.literalColumn().expression)
        }
        return Column(SketchFunctionCatalog.call(entry, columns: columns, parameters: parameters))
    }
}
