import SparkbookEngine

/// Which join side a qualified name (`p.id`) reads in `spark.sql`. The query parser keeps a qualifier in the
/// column's name; with joins it becomes that side's column, as `df["id"]` is, so `a.k = b.k` compares the two
/// sides' `k`; without joins, the plain column. A qualifier no table in the FROM clause has is left for the
/// binder, which fails with Spark's suggestions (each table is read under its alias).
struct SQLTableQualifiers {
    /// Table alias (or name, without alias), lowercased, to the plan id of the side it reads.
    private var sides: [String: Int] = [:]
    private var joined = false

    /// A FROM or JOIN table and the DataFrame read for it.
    mutating func add(_ table: SQLSelect.Table, planId: Int) {
        if !sides.isEmpty { joined = true }
        guard let qualifier = table.alias ?? table.name else { return }
        sides[qualifier.lowercased()] = planId
    }

    /// An expression read before the projection (join conditions, WHERE, GROUP BY, the SELECT list, HAVING).
    func resolved(_ e: Expression) -> Expression {
        e.rewritten { part in
            guard case .column(let name) = part, let (qualifier, column) = SQLExpressionParser.qualifiedName(name) else {
                return nil
            }
            guard let side = sides[qualifier.lowercased()] else { return .column("\(qualifier).\(column)") }
            return joined ? .dataFrameColumn(column, planId: side) : .column(column)
        }
    }

    /// An expression read after the projection (ORDER BY): the output's column names carry no table.
    static func unqualified(_ e: Expression) -> Expression {
        e.rewritten { part in
            guard case .column(let name) = part, let (_, column) = SQLExpressionParser.qualifiedName(name) else { return nil }
            return .column(column)
        }
    }
}
