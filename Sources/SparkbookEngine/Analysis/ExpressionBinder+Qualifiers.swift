/// Qualified column names (`s.id`) after `df.alias("s")`: the alias marks its plan's columns with a plan id
/// (`ColumnLineage.aliases`), so `s.id` is the `id` column carrying one of the ids the name `s` stands for.
extension ExpressionBinder {
    /// The columns `qualifier.column` names, or nil when the name has no qualifier an alias in scope knows.
    func qualifiedMatches(_ name: String) -> [Int]? {
        guard let lineage, let (qualifier, column) = Self.split(name) else { return nil }
        let ids = lineage.aliases.filter { $0.key.lowercased() == qualifier.lowercased() }.values.reduce(Set(), { $0.union($1) })
        guard !ids.isEmpty else { return nil }
        let lowered = column.lowercased()
        return schema.fields.indices.filter {
            schema[$0].name.lowercased() == lowered && !lineage.planIds[$0].isDisjoint(with: ids)
        }
    }

    /// The columns a qualified name could be, as Spark suggests them when aliases are in scope: each column under
    /// its alias (`s`.`amount`). Nil when the name is not qualified or no alias is in scope.
    func unresolvedQualified(_ name: String) -> SparkError? {
        guard let lineage, !lineage.aliases.isEmpty, Self.split(name) != nil else { return nil }
        let candidates = schema.fields.indices.map { index -> String in
            let alias = lineage.aliases.filter { !lineage.planIds[index].isDisjoint(with: $0.value) }.keys.sorted().first
            return alias.map { "\($0).\(schema[index].name)" } ?? schema[index].name
        }
        return SparkError.unresolvedColumn(name, candidates: candidates, quotingParts: true)
    }

    /// The columns `qualifier.*` selects, or nil when `name` is not of that form or the qualifier is unknown.
    func qualifiedStar(_ name: String) -> [Int]? {
        guard name.hasSuffix(".*"), let lineage else { return nil }
        let qualifier = String(name.dropLast(2)).lowercased()
        let ids = lineage.aliases.filter { $0.key.lowercased() == qualifier }.values.reduce(Set(), { $0.union($1) })
        guard !ids.isEmpty else { return nil }
        return schema.fields.indices.filter { !lineage.planIds[$0].isDisjoint(with: ids) }
    }

    /// `s.id` as (`s`, `id`): the qualifier before the first dot.
    private static func split(_ name: String) -> (String, String)? {
        guard let dot = name.firstIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex
        else { return nil }
        return (String(name[..<dot]), String(name[name.index(after: dot)...]))
    }
}
