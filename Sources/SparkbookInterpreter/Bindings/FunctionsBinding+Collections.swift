import SparkbookDataFrame
import SparkbookEngine

/// How `F.` takes the arguments of the array, string, hashing and JSON functions (issue 15's third item), as
/// PySpark 4.3's wrappers pass them: a value PySpark wraps in `lit()` is `.either`, an `int` it wraps while a
/// `str` stays a column name is `.columnOrNumber`, a plain Python value it hands over as is is `.literal`.
extension FunctionsBinding {
    static func addCollectionAndTextShapes(_ table: inout [String: Shape]) {
        func add(_ names: [String], _ params: [Parameter], required: Int? = nil, variadic: Bool = false) {
            for name in names {
                table[name] = Shape(engineName: name, parameters: params, required: required ?? params.count,
                                    variadicColumns: variadic)
            }
        }
        add(["array_append", "array_prepend", "array_remove", "array_position"], [.column("col"), .either("value")])
        add(["array_compact", "array_distinct", "array_max", "array_min", "array_size", "flatten"], [.column("col")])
        add(["array_except", "array_intersect", "array_union", "arrays_overlap"], [.column("col1"), .column("col2")])
        add(["array_insert"], [.column("arr"), .columnOrNumber("pos"), .either("value")])
        add(["array_join"], [.column("col"), .literal("delimiter"), .literal("null_replacement")], required: 2)
        add(["array_repeat"], [.column("col"), .columnOrNumber("count")])
        add(["sequence"], [.column("start"), .column("stop"), .column("step")], required: 2)
        add(["slice"], [.column("x"), .columnOrNumber("start"), .columnOrNumber("length")])
        add(["get"], [.column("col"), .columnOrNumber("index")])
        add(["try_element_at"], [.column("col"), .column("extraction")])
        add(["format_string"], [.literal("format")], variadic: true)
        add(["printf"], [.column("format")], variadic: true)
        add(["overlay"], [.column("src"), .column("replace"), .columnOrNumber("pos"), .columnOrNumber("len")], required: 3)
        add(["mask"], [.column("col"), .column("upperChar"), .column("lowerChar"), .column("digitChar"), .column("otherChar")],
            required: 1)
        add(["regexp_count", "regexp_substr"], [.column("str"), .column("regexp")])
        add(["regexp_extract_all", "regexp_instr"], [.column("str"), .column("regexp"), .either("idx")], required: 2)
        add(["sentences"], [.column("string"), .column("language"), .column("country")], required: 1)
        add(["parse_url", "try_parse_url"], [.column("url"), .column("partToExtract"), .column("key")], required: 2)
        add(["url_encode", "url_decode", "try_url_decode", "is_valid_utf8", "make_valid_utf8", "validate_utf8",
             "try_validate_utf8"], [.column("str")])
        add(["format_number"], [.column("col"), .literal("d")])
        add(["replace"], [.column("src"), .column("search"), .column("replace")], required: 2)
        add(["to_char", "to_varchar", "to_number", "try_to_number"], [.column("col"), .column("format")])
        add(["jaro_winkler_similarity"], [.column("left"), .column("right")])
        add(["collation"], [.column("col")])
        add(["xxhash64", "reflect", "java_method", "try_reflect"], [], variadic: true)
        add(["randstr"], [.either("length"), .either("seed")], required: 1)
        add(["get_json_object"], [.column("col"), .literal("path")])
        add(["json_array_length", "json_object_keys"], [.column("col")])
    }

    /// The calls whose arguments no shape describes.
    static func callCollectionOrText(_ name: String, _ args: CallArguments) throws -> PyValue? {
        switch name {
        case "call_function":
            // Every function by its SQL name: an aggregate as `F.<name>` builds it, else the registry's.
            guard let funcName = args.positional.first else {
                throw ScriptError.type("call_function() missing 1 required positional argument: 'funcName'")
            }
            let function = try funcName.string("funcName", in: name)
            let columns = try args.positional.dropFirst().map { try $0.column(name) }
            if let aggregate = aggregates[function], columns.count == 1 {
                return .column(Functions.aggregate(named: aggregate, columns[0]))
            }
            return .column(Column(.function(function, columns.map(\.expression))))
        case "schema_of_json", "schema_of_csv", "schema_of_xml":
            let v = try args.bind([String(name.dropFirst(10)), "options"], required: 1)
            let json: Column
            switch v[0]! {
            case .column(let c): json = c
            case .string(let s): json = Column(.literal(.string(s)))
            default:
                throw ScriptError("PySparkTypeError",
                                  "[NOT_EXPECTED_TYPE] Argument `\(name.dropFirst(10))` should be a Column or str, got \(v[0]!.typeName).")
            }
            var arguments = [json.expression]
            if case .dict(let items)? = v[1] {
                let lines = items.map { "\($0.key.optionText())=\($0.value.optionText())" }.joined(separator: "\n")
                arguments.append(.literal(.string(lines)))
            }
            return .column(Column(.function(name, arguments)))
        case "to_json":
            let v = try args.bind(["col", "options"], required: 1)
            return .column(Column(.function(name, [try v[0]!.column(name).expression])))
        default:
            return nil
        }
    }
}
