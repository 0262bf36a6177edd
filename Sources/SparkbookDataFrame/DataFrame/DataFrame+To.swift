import SparkbookEngine

extension DataFrame {
    /// `df.to(schema)`: the columns the schema names, in its order, each cast to its type; a column the schema
    /// lacks is dropped, a field the DataFrame lacks is Spark's unresolved-column error.
    public func to(_ schema: StructType) throws -> DataFrame {
        let names = try columns()
        return try select(try schema.fields.map { field in
            guard let name = names.first(where: { $0 == field.name })
                    ?? names.first(where: { $0.lowercased() == field.name.lowercased() }) else {
                throw SparkError.unresolvedColumn(field.name, candidates: names, ranked: false)
            }
            return Column(.alias(.cast(.column(name), field.dataType), name: field.name))
        })
    }

    /// Spark's `isLocal()`: whether the rows are already on the driver, which holds for a SQL command's result.
    public var isLocalCommandResult: Bool {
        var node = plan
        while case .identified(_, let child) = node { node = child }
        if case .local(let relation) = node { return relation.isCommandResult }
        return false
    }
}
