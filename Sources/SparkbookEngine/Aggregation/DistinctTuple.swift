/// `count(DISTINCT a, b)` counts distinct combinations: the columns are packed into one tuple value per row
/// (an array holding each column's value), and a row where any column is null gives null, which the count
/// skips, as Spark does. Spark names the call `count(DISTINCT a, b)`, so the tuple prints as its arguments.
public enum DistinctTuple {
    static let functionName = "__distinct_tuple"

    static let function = RowFunction(functionName, arity: 1...255, nullIntolerant: true,
                                      namer: { $0.joined(separator: ", ") }, signature: { types, _ in
        FunctionSignature(inputs: types, result: .array(element: types.count == 1 ? types[0] : .string, containsNull: false))
    }) { values, _ in .array(values) }

    /// The argument of `count(DISTINCT ...)` over the given columns: the column itself when there is one.
    public static func argument(_ columns: [Expression]) -> Expression {
        columns.count == 1 ? columns[0] : .function(functionName, columns)
    }
}
