/// Resolving a select list that holds a generator (`explode`, `posexplode`, `inline`, `stack`): one Generate
/// over the input.
extension Analyzer {
    func resolveGenerate(_ expressions: [Expression], _ input: ResolvedPlan) throws -> ResolvedPlan {
        let calls = expressions.map(GeneratorCall.init)
        for (expression, call) in zip(expressions, calls) where expression.containsGenerator {
            guard let call, !call.arguments.contains(where: \.containsGenerator) else { throw GeneratorCall.nested(in: expression) }
        }
        let positions = calls.indices.filter { calls[$0] != nil }
        guard positions.count == 1, let position = positions.first, let call = calls[position] else {
            throw GeneratorCall.multiple(positions.map { expressions[$0].generatedName })
        }
        let binder = binder(input)
        let inputs = try call.arguments.map { try binder.bind($0) }
        var generated = try Generator.fields(call.kind, outer: call.outer, types: inputs.map(\.dataType), call: call.call)
        if let aliases = call.aliases {
            guard aliases.count == generated.count else { throw GeneratorCall.aliasCount(expected: generated.count, aliases) }
            generated = zip(generated, aliases).map { StructField($1, $0.dataType, nullable: $0.nullable) }
        }
        var others: [BoundExpression] = [], fields: [StructField] = []
        for (i, expression) in expressions.enumerated() {
            if i == position {
                fields += generated
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
        // A star before the generator shifts where its columns land.
        let starWidth = expressions[..<position].reduce(0) { $0 + ($1 == .star ? input.schema.count : 1) }
        let generator = Generator(kind: call.kind, inputs: inputs, outer: call.outer, fields: generated)
        let spec = GenerateSpec(others: others, generator: generator, position: starWidth, outputSchema: StructType(fields))
        return ResolvedPlan(.generate(spec, input),
                            schema: spec.outputSchema, lineage: Self.lineage(input, count: fields.count))
    }
}
