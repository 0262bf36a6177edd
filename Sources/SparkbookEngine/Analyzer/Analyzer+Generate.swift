/// Resolving a select list that holds a generator (`explode`): one Generate over the input.
extension Analyzer {
    func resolveGenerate(_ expressions: [Expression], _ input: ResolvedPlan) throws -> ResolvedPlan {
        let calls = expressions.map(GeneratorCall.init)
        for (expression, call) in zip(expressions, calls) where expression.containsGenerator {
            guard let call, !call.input.containsGenerator else { throw GeneratorCall.nested(in: expression) }
        }
        let positions = calls.indices.filter { calls[$0] != nil }
        guard positions.count == 1, let position = positions.first, let call = calls[position] else {
            throw GeneratorCall.multiple(positions.map { expressions[$0].generatedName })
        }
        let binder = binder(input)
        let array = try binder.bind(call.input)
        guard case .array(let element, let containsNull) = array.dataType else {
            let generator = Expression.function(call.kind.rawValue, [call.input])
            throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                             message: "Cannot resolve \"\(generator.generatedName)\" due to data type mismatch: The first parameter requires the (\"ARRAY\" or \"MAP\") type, however \"\(call.input.generatedName)\" has the type \"\(array.dataType.simpleString.uppercased())\".",
                             sqlState: "42K09")
        }
        let outer = call.kind == .explodeOuter
        var others: [BoundExpression] = [], fields: [StructField] = []
        for (i, expression) in expressions.enumerated() {
            if i == position {
                fields.append(StructField(call.name, element, nullable: outer || containsNull))
                continue
            }
            if case .star = expression {
                for (c, field) in input.schema.fields.enumerated() {
                    others.append(.column(index: c, type: field.dataType)); fields.append(field)
                }
                continue
            }
            let bound = try binder.bind(expression)
            others.append(bound)
            fields.append(StructField(Self.outputName(expression, input.schema), bound.dataType,
                                      nullable: bound.nullable(in: input.schema)))
        }
        // A star before the generator shifts where its column lands.
        let starWidth = expressions[..<position].reduce(0) { $0 + ($1 == .star ? input.schema.count : 1) }
        let spec = GenerateSpec(others: others, array: array, outer: outer, position: starWidth,
                                outputSchema: StructType(fields))
        return ResolvedPlan(.generate(spec, input, ),
                            schema: spec.outputSchema, lineage: Self.lineage(input, count: fields.count))
    }
}
