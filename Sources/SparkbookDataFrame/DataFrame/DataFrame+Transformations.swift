import SparkbookEngine

/// The DataFrame transformations beyond select/filter/groupBy: each wraps the plan in a new node.
extension DataFrame {
    public func selectExpr(_ expressions: [String]) throws -> DataFrame {
        try select(try expressions.map { Column(try SQLExpressionParser.parseNamed($0)) })
    }

    /// `filter("age > 3")`.
    public func filter(sql: String) throws -> DataFrame {
        try filter(Column(try SQLExpressionParser.parse(sql)))
    }

    public func withColumns(_ columns: [(String, Column)]) throws -> DataFrame {
        var frame = self
        for (name, column) in columns { frame = try frame.withColumn(name, column) }
        return frame
    }

    /// Renames a column; a name that does not exist is ignored, as in Spark.
    public func withColumnRenamed(_ existing: String, _ new: String) throws -> DataFrame {
        let names = try columns()
        guard names.contains(where: { $0.lowercased() == existing.lowercased() }) else { return self }
        // Every column named `existing` is renamed, as Spark does after a join repeats a name.
        let renamed = names.enumerated().map { index, name -> Expression in
            name.lowercased() == existing.lowercased()
                ? .alias(.columnAt(index, name: name), name: new) : .columnAt(index, name: name)
        }
        return try derive { .project(renamed, $0) }
    }

    /// `withColumnsRenamed({...})`: the renames in the dict's order, each over the previous one's result, as
    /// Spark applies them (`{"a": "b", "b": "a"}` leaves two columns named `a`).
    public func withColumnsRenamed(_ renames: [(existing: String, new: String)]) throws -> DataFrame {
        try renames.reduce(self) { try $0.withColumnRenamed($1.existing, $1.new) }
    }

    /// Drops columns by name (every column of that name, as Spark does after a join); names that do not exist
    /// are ignored.
    public func drop(_ names: [String]) throws -> DataFrame {
        let dropped = Set(names.map { $0.lowercased() })
        let kept = try columns().enumerated().filter { !dropped.contains($0.element.lowercased()) }
        return try derive { .project(kept.map { .columnAt($0.offset, name: $0.element) }, $0) }
    }

    /// Drops the columns these references resolve to, as Spark's `drop(col)` does: `df1.id` only df1's side of a
    /// join, `col("name")` the one column it names (AMBIGUOUS_REFERENCE when both sides have it). A reference that
    /// resolves to no column (`col("a.b.c")` for a column named `a.b.c`) or is not a plain column is ignored.
    public func drop(columns references: [Column]) throws -> DataFrame {
        let names = try columns()
        var dropped = Set<Int>()
        for reference in references {
            // `col("a.b.c")` names a field path, not the column called `a.b.c` (that is ``col("`a.b.c`")``).
            if case .column(let name) = reference.expression, name.contains("."), !name.contains("`"), names.contains(name) {
                continue
            }
            do {
                if let index = try session.planner().columnIndex(of: reference.expression, in: try resolved()) {
                    dropped.insert(index)
                }
            } catch let error as SparkError where error.errorClass?.hasPrefix("UNRESOLVED_COLUMN") == true {
                continue
            }
        }
        let kept = names.enumerated().filter { !dropped.contains($0.offset) }
        return try derive { .project(kept.map { .columnAt($0.offset, name: $0.element) }, $0) }
    }

    public func distinct() throws -> DataFrame {
        let all = try columns().map { Expression.column($0) }
        return try derive { .aggregate(groupBy: all, output: all, $0) }
    }

    /// Keeps the first row of each group of equal `subset` values (all columns when nil).
    public func dropDuplicates(_ subset: [String]? = nil) throws -> DataFrame {
        guard let subset else { return try distinct() }
        let names = try columns()
        for name in subset where !names.contains(where: { $0.lowercased() == name.lowercased() }) {
            throw SparkError.unresolvedColumn(name, candidates: names)
        }
        let keys = Set(subset.map { $0.lowercased() })
        let output = names.map { name -> Expression in
            keys.contains(name.lowercased()) ? .column(name) : .alias(.aggregate(.first, .column(name)), name: name)
        }
        return try derive { .aggregate(groupBy: subset.map { .column($0) }, output: output, $0) }
    }

    /// Sorts; like Spark, a key that the last projection dropped is still found below it (the sort then runs
    /// before that row-by-row projection, which keeps the order).
    public func orderBy(_ columns: [Column]) throws -> DataFrame {
        let keys = columns.map(\.expression)
        do {
            return try derive { .sort(keys, global: true, $0) }
        } catch let error as SparkError where error.errorClass?.hasPrefix("UNRESOLVED_COLUMN") == true {
            guard let pushed = Self.sortBelowProjection(keys, plan),
                  let frame = try? derive(pushed) else { throw error }
            return frame
        }
    }

    /// `sortWithinPartitions`: each partition sorted on its own, rows staying where they are (no exchange).
    public func sortWithinPartitions(_ columns: [Column]) throws -> DataFrame {
        try derive { .sort(columns.map(\.expression), global: false, $0) }
    }

    static func sortBelowProjection(_ keys: [Expression], _ plan: LogicalPlan) -> LogicalPlan? {
        switch plan {
        case .project(let exprs, let child) where !exprs.contains(where: { $0.containsAggregate || $0.containsWindow }):
            return .project(exprs, .sort(keys, global: true, child))
        case .filter(let condition, let child):
            return sortBelowProjection(keys, child).map { .filter(condition, $0) }
        default:
            return nil
        }
    }

    public func union(_ other: DataFrame) throws -> DataFrame {
        try derive(with: other) { .union($0, $1) }
    }

    /// Matches the other frame's columns to this one's by name.
    public func unionByName(_ other: DataFrame, allowMissingColumns: Bool = false) throws -> DataFrame {
        let mine = try schema(), theirs = try other.schema()
        var projection: [Expression] = []
        for field in mine.fields {
            if let i = theirs.index(of: field.name) {
                projection.append(.column(theirs[i].name))
            } else if allowMissingColumns {
                projection.append(.alias(.cast(.literal(.null), field.dataType), name: field.name))
            } else {
                throw SparkError(.analysis, errorClass: "UNRESOLVED_COLUMN_AMONG_FIELD_NAMES",
                                 message: "Cannot resolve column name \"\(field.name)\" among (\(theirs.names.joined(separator: ", "))).",
                                 sqlState: "42703")
            }
        }
        var left = self
        if allowMissingColumns {
            let extra = theirs.fields.filter { mine.index(of: $0.name) == nil }
            if !extra.isEmpty {
                left = try select(mine.names.map { Column($0) } + extra.map { Column(.alias(.cast(.literal(.null), $0.dataType), name: $0.name)) })
                projection += extra.map { .column($0.name) }
            }
        }
        return try left.union(DataFrame(session: other.session, plan: .project(projection, other.plan)))
    }

    public func repartition(_ n: Int, _ columns: [Column] = []) throws -> DataFrame {
        guard n > 0 else {
            throw SparkError(.illegalArgument, message: "requirement failed: Number of partitions (\(n)) must be positive.")
        }
        return try derive { .repartition(n, columns.map(\.expression), $0) }
    }

    public func coalesce(_ n: Int) throws -> DataFrame {
        guard n > 0 else {
            throw SparkError(.illegalArgument, message: "requirement failed: Number of partitions (\(n)) must be positive.")
        }
        return try derive { .coalesce(n, $0) }
    }

    public func join(_ other: DataFrame, _ criteria: JoinCriteria, _ type: JoinType) throws -> DataFrame {
        try derive(with: other) { .join(.identified(planId: planId, $0), .identified(planId: other.planId, $1), type, criteria) }
    }
}
