import SparkbookDataFrame
import SparkbookEngine

/// How `F.` takes the arguments of the map functions, the generators (`posexplode`, `inline`, `stack`),
/// `arrays_zip` and the vector functions, as PySpark 4.3's wrappers pass them.
extension FunctionsBinding {
    static let mapAndGeneratorShapes: [String: Shape] = {
        var table: [String: Shape] = [:]
        func add(_ names: [String], _ params: [Parameter], required: Int? = nil, variadic: Bool = false) {
            for name in names {
                table[name] = Shape(engineName: name, parameters: params, required: required ?? params.count,
                                    variadicColumns: variadic)
            }
        }
        add(["posexplode", "posexplode_outer", "inline", "inline_outer", "map_entries", "map_from_entries"], [.column("col")])
        add(["stack", "map_concat"], [], variadic: true)
        add(["vector_norm", "vector_normalize"], [.column("vector"), .column("degree")], required: 1)
        add(["vector_inner_product", "vector_cosine_similarity", "vector_l2_distance"], [.column("left"), .column("right")])
        return table
    }()

    /// The calls of this family whose arguments no shape describes.
    static func callMapOrGenerator(_ name: String, _ args: CallArguments) throws -> PyValue? {
        switch name {
        case "arrays_zip":
            return .column(Column(ArraysZipFunction.call(try args.variadic().map { try $0.column(name).expression })))
        case "str_to_map":
            // PySpark fills in the default delimiters, and the column name shows them (`str_to_map(e, ,, :)`).
            let v = try args.bind(["text", "pairDelim", "keyValueDelim"], required: 1)
            let text = try v[0]!.column(name).expression
            let pair = try v[1].flatMap { $0.isNone ? nil : try $0.column(name).expression } ?? .literal(.string(","))
            let keyValue = try v[2].flatMap { $0.isNone ? nil : try $0.column(name).expression } ?? .literal(.string(":"))
            return .column(Column(.function(name, [text, pair, keyValue])))
        default:
            return nil
        }
    }
}
