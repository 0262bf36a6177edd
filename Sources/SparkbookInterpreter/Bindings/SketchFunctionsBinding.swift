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
        let values = try args.bind(entry.columns + parameterNames, required: entry.columns.count + entry.requiredParameters)
        let columns = try zip(entry.columns, values).map { try $1!.column($0).expression }
        var parameters: [Expression] = []
        for value in values.dropFirst(entry.columns.count) {
            guard let value else { break }
            if case .none = value { break }
            parameters.append(try value.literalColumn().expression)
        }
        // Without a seed Spark draws one, and the column name shows it.
        if name == "count_min_sketch" && parameters.count == 2 {
            parameters.append(.literal(.integer(Int32.random(in: 0...Int32.max))))
        }
        return Column(SketchFunctionCatalog.call(entry, columns: columns, parameters: parameters))
    }
}
