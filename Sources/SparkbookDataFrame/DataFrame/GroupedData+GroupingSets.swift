import SparkbookEngine

/// `cube`, `rollup` and `groupingSets`: one aggregation per set of keys, planned as Spark's `Expand` works. Each
/// input row is copied once per grouping set, with the keys left out of that set nulled and a grouping id (a bit
/// per key, set when the key is left out, the first key the highest bit) added; one aggregate over the keys and
/// that id then computes every set at once. Aggregates still see the input columns unchanged, and
/// `grouping(col)` / `grouping_id()` read the id.
extension DataFrame {
    public func cube(_ columns: [Column]) throws -> GroupedData {
        let n = columns.count
        // Spark's order: the full set first, then subsets, down to the empty one.
        let sets = (0..<(1 << n)).map { mask in (0..<n).filter { mask & (1 << (n - 1 - $0)) == 0 } }
        return try groupingSets(sets, columns)
    }

    public func rollup(_ columns: [Column]) throws -> GroupedData {
        try groupingSets((0...columns.count).reversed().map { Array(0..<$0) }, columns)
    }

    /// `groupingSets(sets, *cols)`: each set given as columns that must be among `cols`.
    public func groupingSets(_ sets: [[Column]], _ columns: [Column]) throws -> GroupedData {
        let keys = columns.map(\.expression)
        return try groupingSets(sets.map { set in
            try set.map { column in
                guard let index = keys.firstIndex(of: column.expression) else {
                    throw SparkError(.analysis, errorClass: "GROUPING_SET_NOT_IN_GROUP_BY",
                                     message: "Grouping sets expression \"\(column.expression.generatedName)\" must be one of the group by columns.")
                }
                return index
            }
        }, columns)
    }

    func groupingSets(_ sets: [[Int]], _ columns: [Column]) throws -> GroupedData {
        var grouped = try groupBy(columns)
        grouped.groupingSets = sets
        return grouped
    }
}

extension GroupedData {
    static let groupingIdColumn = "spark_grouping_id"

    /// The aggregation over the expanded rows: the keys (named as `groupBy` would name them), then `aggregates`.
    func expandedAggregate(_ aggregates: [Column], _ sets: [[Int]]) throws -> DataFrame {
        let keySchema = try frame.select(keys).schema()
        let input = try frame.columns()
        let n = keys.count
        let keyColumn = (0..<n).map { "__grouping_key\($0)" }
        func expansion(_ set: [Int]) -> [Expression] {
            let id = (0..<n).reduce(Int64(0)) { id, i in set.contains(i) ? id : id | (1 << Int64(n - 1 - i)) }
            return input.enumerated().map { Expression.columnAt($0.offset, name: $0.element) }
                + keys.enumerated().map { i, key in
                    .alias(set.contains(i) ? key.expression : .cast(.literal(.null), keySchema[i].dataType), name: keyColumn[i])
                }
                + [.alias(.literal(.long(id)), name: Self.groupingIdColumn)]
        }
        let id = Expression.column(Self.groupingIdColumn)
        let output = try aggregates.map { try groupingFunctionsRead(id, $0.expression) }
        let groupBy = keyColumn.map { Expression.column($0) } + [id]
        let keysOut = keyColumn.enumerated().map { Expression.alias(.column($0.element), name: keySchema[$0.offset].name) }
        return try frame.derive { plan in
            let expanded = sets.dropFirst().reduce(LogicalPlan.project(expansion(sets.first ?? []), plan)) {
                .union($0, .project(expansion($1), plan))
            }
            return .aggregate(groupBy: groupBy, output: keysOut + output, expanded)
        }
    }

    /// `grouping(key)` as the key's bit of the grouping id, `grouping_id()` as the id, named as Spark names them
    /// when they stand alone.
    private func groupingFunctionsRead(_ id: Expression, _ expression: Expression) throws -> Expression {
        let keyExpressions = keys.map(\.expression)
        func bit(_ argument: Expression) throws -> Expression {
            guard let i = keyExpressions.firstIndex(of: argument)
                ?? keyExpressions.firstIndex(where: { $0.generatedName == argument.generatedName }) else {
                throw SparkError(.analysis, errorClass: "GROUPING_COLUMN_MISMATCH",
                                 message: "Column of grouping (\(argument.generatedName)) can't be found in grouping columns \(keyExpressions.map(\.generatedName).joined(separator: ",")).",
                                 sqlState: "42803")
            }
            return .function("bit_get", [id, .literal(.integer(Int32(keys.count - 1 - i)))])
        }
        func read(_ e: Expression) throws -> Expression? {
            guard case .function(let name, let arguments) = e else { return nil }
            switch name.lowercased() {
            case "grouping":
                return try bit(arguments[0])
            case "grouping_id":
                // Spark takes no columns or exactly the grouping columns, in order.
                let names = arguments.map(\.generatedName), keyNames = keyExpressions.map(\.generatedName)
                guard arguments.isEmpty || names == keyNames else {
                    throw SparkError(.analysis, errorClass: "GROUPING_ID_COLUMN_MISMATCH",
                                     message: "Columns of grouping_id (\(names.joined(separator: ","))) does not match grouping columns (\(keyNames.joined(separator: ","))).",
                                     sqlState: "42803")
                }
                return id
            default: return nil
            }
        }
        let rewritten = try expression.rewritten(read)
        guard rewritten != expression, case .function(let name, let arguments) = expression else { return rewritten }
        return .alias(rewritten, name: "\(name.lowercased())(\(arguments.map(\.generatedName).joined(separator: ", ")))")
    }
}
