import SparkbookDataFrame
import SparkbookEngine

/// Window-only functions beyond the rankings: `ntile(n)` and `cume_dist()`, which `over(w)` turns into window
/// calls (`WindowFunctionCall`), as `row_number()` is.
extension FunctionsBinding {
    static let windowFunctionNames: Set<String> = ["ntile", "cume_dist"]

    static func windowFunction(_ name: String, _ args: CallArguments) throws -> Column? {
        switch name {
        case "ntile":
            let v = try args.bind(["n"], required: 1)
            return Column(.function("__ntile", [.literal(.integer(Int32(truncatingIfNeeded: try v[0]!.int("n", in: name))))]))
        case "cume_dist":
            try args.noArguments()
            return Column(.function("__cume_dist", []))
        default: return nil
        }
    }
}
