import SparkbookEngine

/// Struct access on a column: `col.a`, `col["a"]`, `getField("a")`, named `col.a` as Spark names them.
extension Column {
    public func getField(_ name: String) -> Column {
        Column(.function(StructFunctions.fieldAccess, [expression, .literal(.string(name))]))
    }

    /// `struct(cols...)`: each field named by its column (an alias, or a column's last name part), else `colN`.
    public static func structOf(_ columns: [Column]) -> Column {
        let names = columns.enumerated().map { i, column -> Expression in
            .literal(.string(fieldName(column.expression) ?? "col\(i + 1)"))
        }
        return Column(.function(StructFunctions.structCall, names + columns.map(\.expression)))
    }

    private static func fieldName(_ expression: Expression) -> String? {
        switch expression {
        case .alias(_, let name): name
        case .column(let name), .dataFrameColumn(let name, _):
            name.split(separator: ".").last.map(String.init) ?? name
        case .function(StructFunctions.fieldAccess, let args):
            if case .literal(.string(let field)) = args.last { field } else { nil }
        default: nil
        }
    }
}
