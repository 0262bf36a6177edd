import SparkbookDataFrame
import SparkbookEngine

/// `df.join(other, on, how)`.
enum JoinBinding {
    static func join(_ df: DataFrame, _ args: CallArguments) throws -> DataFrame {
        let v = try args.bind(["other", "on", "how"], required: 1)
        let other = try DataFrameBinding.frame(v[0]!, "join")
        let howText = try v[2].map { value -> String in
            if case .none = value { return "inner" }
            return try value.string("how", in: "join")
        } ?? "inner"
        guard let how = JoinType(spelling: howText) else {
            throw ScriptError("AnalysisException",
                              "[UNSUPPORTED_JOIN_TYPE] Unsupported join type '\(howText)'. Supported join types include: 'inner', 'outer', 'full', 'fullouter', 'full_outer', 'leftouter', 'left', 'left_outer', 'rightouter', 'right', 'right_outer', 'leftsemi', 'left_semi', 'semi', 'leftanti', 'left_anti', 'anti', 'cross'. SQLSTATE: 0A000")
        }
        let criteria: JoinCriteria
        switch v[1] {
        case nil, .none?: criteria = .none
        case .string(let name)?: criteria = .using([name])
        case .column(let c)?: criteria = .on(c.expression)
        case .list(let items)?:
            if items.allSatisfy({ if case .string = $0 { true } else { false } }) {
                criteria = .using(items.map(\.str))
            } else {
                let conditions = try items.map { item -> Column in
                    guard case .column(let c) = item else { throw ScriptError.type("join() on= must be names or Columns") }
                    return c
                }
                criteria = .on(conditions.dropFirst().reduce(conditions[0]) { $0 & $1 }.expression)
            }
        case let other?:
            throw ScriptError("PySparkTypeError", "[NOT_COLUMN_OR_LIST_OR_STR] Argument `on` should be a Column, list or str, got \(other.typeName).")
        }
        if case .none = criteria, how == .inner { return try df.join(other, criteria, .cross) }
        return try df.join(other, criteria, how)
    }
}
