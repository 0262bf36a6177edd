/// Resolving a select list: `*` and `alias.*` expand to the input's columns, every other item binds over the
/// input, and the output names are Spark's (a plain column keeps the schema's spelling).
extension Analyzer {
    func resolveProject(_ expressions: [Expression], _ input: ResolvedPlan) throws -> ResolvedPlan {
        let binder = binder(input)
        let inputLineage = binder.lineage ?? .unknown(input.schema.count)
        var bound: [BoundExpression] = [], fields: [StructField] = [], origins: [Set<Int>] = []
        for written in expressions {
            let expression = binder.rewritingAsSparksAnalyzer(written)
            if case .star = expression {
                for (i, field) in input.schema.fields.enumerated() {
                    bound.append(.column(index: i, type: field.dataType)); fields.append(field)
                }
                origins += inputLineage.planIds
                continue
            }
            if let pattern = ColumnRegex.pattern(expression) {
                for i in try ColumnRegex.matches(pattern, in: input.schema.names) {
                    bound.append(.column(index: i, type: input.schema[i].dataType)); fields.append(input.schema[i])
                    origins.append(inputLineage.planIds[i])
                }
                continue
            }
            if case .column(let name) = expression, binder.qualifiedStar(name) == nil, let expanded = try binder.structStar(name) {
                for (b, field) in expanded { bound.append(b); fields.append(field); origins.append([]) }
                continue
            }
            if case .column(let name) = expression, let indices = binder.qualifiedStar(name) {
                for i in indices {
                    bound.append(.column(index: i, type: input.schema[i].dataType)); fields.append(input.schema[i])
                    origins.append(inputLineage.planIds[i])
                }
                continue
            }
            // `json_tuple(json, f1, f2, ...)` is one row of several columns, `c0`, `c1`, ...: a field lookup each.
            if case .function(let name, let args) = expression, name.lowercased() == "json_tuple", args.count >= 2 {
                for (i, field) in args.dropFirst().enumerated() {
                    bound.append(try binder.bind(.function("json_tuple", [args[0], field])))
                    fields.append(StructField("c\(i)", .string, nullable: true)); origins.append([])
                }
                continue
            }
            let b = try binder.bind(expression)
            bound.append(b)
            var field = StructField(Self.outputName(expression, input.schema), b.dataType, nullable: b.nullable(in: input.schema))
            // Metadata given with the column (`alias(metadata=)`), or kept by a plain reference to a column.
            if let json = ColumnMetadata.json(of: expression) {
                field.metadata = json
            } else if case .column(let i, _) = b {
                switch expression {
                case .column, .dataFrameColumn, .columnAt: field.metadata = input.schema[i].metadata
                default: break
                }
            }
            fields.append(field)
            // A plain reference is the same column (Spark keeps its attribute); anything else is new.
            switch (expression, b) {
            case (.column, .column(let i, _)), (.dataFrameColumn, .column(let i, _)),
                 (.columnAt, .column(let i, _)): origins.append(inputLineage.planIds[i])
            default: origins.append([])
            }
        }
        var lineage = ColumnLineage(planIds: origins)
        lineage.aliases = input.lineage.aliases
        return ResolvedPlan(.project(bound, input),
                            schema: StructType(fields), lineage: lineage)
    }

    static func outputName(_ expression: Expression, _ schema: StructType) -> String {
        // A plain column keeps the spelling of the schema, not of the reference (`col("COUNTRY")` is `country`).
        switch expression {
        case .column(let name), .dataFrameColumn(let name, _):
            if let i = schema.index(of: name) { return schema[i].name }
            // A qualified name (`s.id`, after `df.alias("s")`) is its column's.
            if let dot = name.firstIndex(of: "."), let i = schema.index(of: String(name[name.index(after: dot)...])) {
                return schema[i].name
            }
            // A struct field (`p.name`) is named by its field, as the struct type spells it.
            if let (column, path) = ExpressionBinder(schema: schema).structPath(name) {
                var type = schema[column].dataType
                var spelled = path.last!
                for field in path {
                    guard let fields = type.structFields, let i = fields.index(of: field) else { break }
                    spelled = fields[i].name
                    type = fields[i].dataType
                }
                return spelled
            }
        case .columnAt(let index, _):
            if schema.fields.indices.contains(index) { return schema[index].name }
        // `m['k']` on a map column is named `m[k]`, as an item; on a struct, `s.k`.
        case .function(StructFunctions.fieldAccess, let args) where args.count == 2:
            if let type = try? ExpressionBinder(schema: schema).bind(args[0]).dataType, type.mapTypes != nil {
                return "\(args[0].generatedName)[\(args[1].generatedName)]"
            }
        default: break
        }
        return expression.generatedName
    }
}
