import SparkbookCluster
import SparkbookDataFrame
import SparkbookEngine

/// `spark.*` methods.
enum SessionBinding {
    static let methods = ["stop", "range", "createDataFrame", "sql", "table"]

    static func call(_ name: String, _ session: SparkSession, _ args: CallArguments) async throws -> PyValue {
        switch name {
        case "stop":
            try args.noArguments()
            session.stop()
            return .none
        case "range":
            let v = try args.bind(["start", "end", "step", "numPartitions"], required: 1)
            let first = Int64(try v[0]!.int("start", in: name))
            let (start, end) = try v[1].map { (first, Int64(try $0.int("end", in: name))) } ?? (0, first)
            return .dataFrame(try session.range(start, end, step: Int64(try v[2]?.int("step", in: name) ?? 1),
                                                numPartitions: try v[3]?.int("numPartitions", in: name)))
        case "createDataFrame":
            return .dataFrame(try CreateDataFrameBinding.create(session, args))
        case "sql":
            let v = try args.bind(["sqlQuery"], required: 1)
            return .dataFrame(try await session.sql(try v[0]!.string("sqlQuery", in: name)))
        case "table":
            let v = try args.bind(["tableName"], required: 1)
            return .dataFrame(try session.read.table(try v[0]!.string("tableName", in: name)))
        default:
            throw ScriptError("NotImplementedError", "spark.\(name)() is not supported in Sparkbook yet")
        }
    }
}
