/// What an uncorrelated subquery becomes once `spark.sql` has run it (`SQLSubquery`): its result as literal
/// arguments, under the names Spark gives the subquery expressions (`scalarsubquery()`, `exists()`).
public enum SubqueryFunctions {
    public static let scalarName = "scalarsubquery"
    public static let existsName = "exists"
    public static let membershipName = "insubquery"

    static let all: [any ScalarFunction] = [
        // The scalar subquery's value (a literal typed as its column); null when it returned no row.
        RowFunction(scalarName, arity: 1...1, nullIntolerant: false, nullability: .always,
                    namer: { _ in "scalarsubquery()" }, signature: { t, _ in
            FunctionSignature(inputs: t, result: t[0])
        }) { v, _ in v[0] },
        // Whether the subquery returned a row.
        RowFunction(existsName, arity: 1...1, nullIntolerant: false, nullability: .never,
                    namer: { _ in "exists()" }, signature: Signatures.fixed([.boolean], .boolean)) { v, _ in v[0] },
        // `x IN (SELECT ...)`: a flag, x, then the subquery's distinct values. Null-aware (the flag; Spark's
        // semi and null-aware anti joins for a WHERE or HAVING condition), it follows SQL's null rules; otherwise
        // (Spark's existence join, in a SELECT list) it is whether x was found, never null. An empty subquery
        // holds nothing, not even a null x: false, so `NOT IN` an empty subquery keeps every row, as in Spark.
        RowFunction(membershipName, arity: 2...Int.max, nullIntolerant: false, nullability: .rule { $0.dropFirst().contains(true) },
                    namer: { "(\($0[1]) IN (listquery()))" }, signature: { t, _ in
            let common = try ConditionalFunctions.common(Array(t.dropFirst()), "in")
            return FunctionSignature(inputs: [DataType.boolean] + t.dropFirst().map { _ in common }, result: .boolean)
        }) { v, _ in
            guard v.count > 2 else { return .boolean(false) }
            let found = PredicateFunctions.membership(Array(v.dropFirst()))
            return v[0] == .boolean(true) || !found.isNull ? found : .boolean(false)
        },
    ]
}
