import SparkbookEngine

/// Runs the subqueries in a `spark.sql` query's expressions before the query itself, as Spark runs an
/// uncorrelated subquery first, and puts each result where its placeholder stood (`SQLSubquery`): a scalar
/// subquery's value, an `EXISTS`'s answer, an `IN`'s values, as literals under Spark's names.
struct SQLSubqueryRunner {
    let subqueries: [SQLSubquery]
    /// A query's DataFrame with the common tables in scope where the subquery stands.
    let build: (SQLSelect) async throws -> DataFrame

    /// The query with the subqueries in its own clauses run and replaced by their results. Conditions filter
    /// rows, where Spark's null-aware joins keep SQL's null rules for `IN`; a SELECT list's `IN` is an existence test.
    func resolved(_ query: SQLSelect) async throws -> SQLSelect {
        var query = query
        let outer = query
        func each(_ list: [Expression], nullAware: Bool = false) async throws -> [Expression] {
            var results: [Expression] = []
            for e in list { results.append(try await resolved(e, outer: outer, nullAware: nullAware)) }
            return results
        }
        query.items = try await each(query.items)
        query.groupBy = try await each(query.groupBy)
        query.orderBy = try await each(query.orderBy)
        query.whereClause = try await each(query.whereClause.map { [$0] } ?? [], nullAware: true).first
        query.having = try await each(query.having.map { [$0] } ?? [], nullAware: true).first
        for i in query.joins.indices {
            query.joins[i].condition = try await each(query.joins[i].condition.map { [$0] } ?? [], nullAware: true).first
        }
        return query
    }

    /// `e` with every subquery placeholder in it replaced by its result. `outer` is the query `e` belongs to,
    /// for telling a correlated reference from a typo; `nullAware`: whether `IN` keeps SQL's null rules.
    func resolved(_ e: Expression, outer: SQLSelect, nullAware: Bool) async throws -> Expression {
        var found: [Int] = []
        _ = e.rewritten { part in
            if let placeholder = SQLSubquery.placeholder(part) { found.append(placeholder.index) }
            return nil
        }
        guard !found.isEmpty else { return e }
        var results: [Int: [Expression]] = [:]
        for index in found { results[index] = try await run(subqueries[index], outer: outer) }
        func substitute(_ part: Expression) -> Expression? {
            guard let placeholder = SQLSubquery.placeholder(part), let result = results[placeholder.index] else { return nil }
            switch subqueries[placeholder.index].kind {
            case .scalar: return .function(SubqueryFunctions.scalarName, result)
            case .exists: return .function(SubqueryFunctions.existsName, result)
            case .membership:
                let value = placeholder.value.map { $0.rewritten(substitute) } ?? .literal(.null)
                return .function(SubqueryFunctions.membershipName, [.literal(.boolean(nullAware)), value] + result)
            }
        }
        return e.rewritten(substitute)
    }

    /// The subquery's result as literal arguments, with Spark's errors for a wrong shape.
    private func run(_ subquery: SQLSubquery, outer: SQLSelect) async throws -> [Expression] {
        let frame: DataFrame
        do {
            frame = try await build(subquery.query)
        } catch let error as SparkError where error.errorClass?.hasPrefix("UNRESOLVED_COLUMN") == true {
            if let name = await correlatedReference(in: subquery.query, outer: outer) {
                throw SQLSubqueryErrors.correlated(name)
            }
            throw error
        }
        let fields = try frame.schema().fields
        switch subquery.kind {
        case .exists:
            let rows = try await frame.limit(1).collectBatches().reduce(0) { $0 + $1.rowCount }
            return [.literal(.boolean(rows > 0))]
        case .scalar:
            guard fields.count == 1 else { throw SQLSubqueryErrors.scalarColumns(fields.count) }
            let values = try await Self.values(of: frame.limit(2))
            guard values.count <= 1 else { throw SQLSubqueryErrors.tooManyRows }
            return [Self.literal(values.first ?? .null, fields[0].dataType)]
        case .membership:
            guard fields.count == 1 else { throw SQLSubqueryErrors.membershipColumns(fields.count) }
            var seen = Set<Value>()
            return try await Self.values(of: frame).filter { seen.insert($0).inserted }.map { Self.literal($0, fields[0].dataType) }
        }
    }

    static func values(of frame: DataFrame) async throws -> [Value] {
        try await frame.collectBatches(description: "subquery").flatMap { batch in
            (0..<batch.rowCount).map { batch.columns[0].value(at: $0) }
        }
    }

    /// A value typed as the subquery's column (a null one too).
    static func literal(_ value: Value, _ type: DataType) -> Expression {
        value.dataType == type ? .literal(value) : .cast(.literal(value), type)
    }

    /// The first column the subquery names that its own tables lack and the outer query's tables have.
    private func correlatedReference(in query: SQLSelect, outer: SQLSelect) async -> String? {
        var references: [String] = []
        _ = query.rewritingExpressions { e in
            e.rewritten { part in
                if case .column(let name) = part, !references.contains(name) { references.append(name) }
                return nil
            }
        }
        for name in references {
            if (try? await build(Self.selecting(name, from: query))) != nil { continue }
            if (try? await build(Self.selecting(name, from: outer))) != nil {
                return SQLExpressionParser.qualifiedName(name).map { "\($0.qualifier).\($0.column)" } ?? name
            }
        }
        return nil
    }

    /// `SELECT name FROM` the query's tables.
    private static func selecting(_ name: String, from query: SQLSelect) -> SQLSelect {
        var probe = SQLSelect()
        probe.commonTables = query.commonTables
        probe.items = [.column(name)]
        probe.from = query.from
        probe.joins = query.joins
        return probe
    }
}
