import SparkbookDataFrame
import SparkbookEngine

/// Date, time and arithmetic functions beyond `shapes`' first set, bound the same way (PySpark's parameter
/// names; `dateadd` is `date_add` and `timestamp_add` is SQL's `timestampadd`, as Spark names their columns).
extension FunctionsBinding {
    static let moreShapes: [String: Shape] = {
        var table: [String: Shape] = [:]
        func add(_ names: [String], _ engine: String? = nil, _ params: [Parameter], required: Int? = nil) {
            for name in names {
                table[name] = Shape(engineName: engine ?? name, parameters: params, required: required ?? params.count,
                                    variadicColumns: false)
            }
        }
        add(["date_part", "datepart", "extract"], nil, [.column("field"), .column("source")])
        add(["date_diff"], nil, [.column("end"), .column("start")])
        add(["dateadd"], "date_add", [.column("start"), .columnOrNumber("days")])
        add(["timestamp_add"], "timestampadd", [.literal("unit"), .column("quantity"), .column("ts")])
        add(["timestamp_diff"], "timestampdiff", [.literal("unit"), .column("start"), .column("end")])
        add(["from_utc_timestamp", "to_utc_timestamp"], nil, [.column("timestamp"), .either("tz")])
        add(["try_to_timestamp"], nil, [.column("col"), .either("format")], required: 1)
        add(["try_to_date"], nil, [.column("col"), .either("format")], required: 1)
        add(["width_bucket"], nil, [.column("v"), .column("min"), .column("max"), .columnOrNumber("numBucket")])
        add(["try_mod"], nil, [.column("left"), .column("right")])
        add(["to_timestamp_ltz"], nil, [.column("timestamp"), .column("format")], required: 1)
        add(["make_timestamp_ltz", "try_make_timestamp_ltz"], nil,
            [.column("years"), .column("months"), .column("days"), .column("hours"), .column("mins"), .column("secs"),
             .column("timezone")], required: 6)
        return table
    }()
}
