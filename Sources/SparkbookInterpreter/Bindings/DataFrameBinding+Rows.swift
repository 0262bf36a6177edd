import SparkbookDataFrame
import SparkbookEngine

/// DataFrame methods about rows and where they go: positions (`offset`, `zipWithIndex`, `zip`), partitions
/// chosen by value (`repartitionByRange`, `repartitionById`), `transpose`, and functions run on every row.
extension DataFrameBinding {
    static let rowMethods = ["offset", "zipWithIndex", "zip", "repartitionByRange", "repartitionById", "transpose",
                             "foreach", "foreachPartition"]

    static func callRows(_ name: String, _ df: DataFrame, _ args: CallArguments, interpreter: Interpreter) async throws -> PyValue? {
        switch name {
        case "offset":
            let v = try args.bind(["num"], required: 1)
            return .dataFrame(try df.offset(try v[0]!.int("num", in: name)))
        case "zipWithIndex":
            let v = try args.bind(["indexColName"])
            return .dataFrame(try df.zipWithIndex(try v[0]?.string("indexColName", in: name) ?? "index"))
        case "zip":
            // Row i of one beside row i of the other: both numbered in their order, joined on the number.
            let v = try args.bind(["other"], required: 1)
            let other = try frame(v[0]!, name)
            let (mine, theirs) = (try df.columns(), try other.columns())
            let left = try df.zipWithIndex("__zip_left"), right = try other.zipWithIndex("__zip_right")
            let joined = try left.join(right, .on(.binary(.equal, .column("__zip_left"), .column("__zip_right"))), .inner)
                .orderBy([Column("__zip_left")])
            let kept = mine.indices.map { Column(.columnAt($0, name: mine[$0])) }
                + theirs.indices.map { Column(.columnAt(mine.count + 1 + $0, name: theirs[$0])) }
            return .dataFrame(try joined.select(kept))
        case "repartitionById":
            let v = try args.bind(["numPartitions", "partitionIdCol"], required: 2)
            return .dataFrame(try df.repartitionById(try v[0]!.int("numPartitions", in: name), try v[1]!.column(name)))
        case "repartitionByRange":
            var columns = args.positional
            var n = Int(df.session.conf.get("spark.sql.shuffle.partitions") ?? "") ?? 200
            if case .int(let i)? = columns.first { n = Int(i); columns.removeFirst() }
            guard !columns.isEmpty else {
                throw ScriptError("PySparkValueError", "[CANNOT_BE_EMPTY] At least one partition-by expression must be specified.")
            }
            return .dataFrame(try await df.repartitionByRange(n, try columns.map { try $0.column(name) }))
        case "transpose":
            let v = try args.bind(["indexColumn"])
            let index: Column? = if case .none? = v[0] { nil } else { try v[0].map { try $0.column(name) } }
            return .dataFrame(try await df.transpose(index))
        case "foreach", "foreachPartition":
            // The function runs where Spark runs it, on the executors: what it prints goes to their logs, not
            // to the cell. `foreachPartition` hands it each partition's rows as one iterable.
            let v = try args.bind(["f"], required: 1)
            let function = v[0]!
            let call = Members.functionName(function)
            try await interpreter.onExecutor {
                if name == "foreach" {
                    for row in try await df.collect() {
                        _ = try await interpreter.call(function, CallArguments(positional: [.row(row)], functionName: call), span: .point(0))
                    }
                } else {
                    let names = try df.columns()
                    for batch in try await df.collectBatches(description: "foreachPartition") {
                        let rows = (0..<batch.rowCount).map { r in PyValue.row(Row(names: names, values: batch.columns.map { $0.value(at: r) })) }
                        _ = try await interpreter.call(function, CallArguments(positional: [.list(rows)], functionName: call), span: .point(0))
                    }
                }
            }
            return PyValue.none
        default:
            return nil
        }
    }
}
