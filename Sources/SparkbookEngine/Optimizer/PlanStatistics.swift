import Foundation

/// The statistics `explain(mode="cost")` prints beside each node of the optimized plan: Spark's estimates with
/// cost-based optimisation off (its `SizeInBytesOnlyStatsPlanVisitor`), so the figures are the ones a Spark user
/// reads there: a range knows its size and row count, a DataFrame made from local rows is Spark's default size
/// (`Long.MaxValue`, printed `8.0 EiB`), a projection scales its child by the row widths, a join multiplies.
public struct PlanStatistics: Sendable, Equatable {
    /// Bytes, as a `Double`: Spark keeps a BigInt; a product of sizes may pass `Int64.max`.
    public var sizeInBytes: Double
    public var rowCount: Int64?

    /// `Statistics(sizeInBytes=8.0 EiB, rowCount=1)`.
    public var text: String {
        "Statistics(sizeInBytes=\(Self.bytesText(sizeInBytes))" + (rowCount.map { ", rowCount=\($0)" } ?? "") + ")"
    }

    /// Spark's `Utils.bytesToString`: the largest binary unit the size is at least twice of, one decimal; past
    /// `Long.MaxValue`, three significant digits in scientific notation, in bytes.
    static func bytesText(_ size: Double) -> String {
        if size > Double(Int64.max) {
            let exponent = Int(floor(log10(size)))
            let mantissa = (size / pow(10, Double(exponent)) * 100).rounded() / 100
            return String(format: "%.2fE+%d B", mantissa, exponent)
        }
        let units: [(String, Double)] = [("EiB", 0x1p60), ("PiB", 0x1p50), ("TiB", 0x1p40), ("GiB", 0x1p30),
                                          ("MiB", 0x1p20), ("KiB", 0x1p10)]
        for (unit, scale) in units where size >= 2 * scale {
            return String(format: "%.1f", size / scale) + " " + unit
        }
        return String(format: "%.1f B", size)
    }

    /// Spark's `EstimationUtils.getSizePerRow`: 8 bytes of row overhead plus each column type's default size.
    static func rowSize(_ schema: StructType) -> Double {
        8 + schema.fields.reduce(0) { $0 + Double($1.dataType.defaultSize) }
    }

    /// `getOutputSize`: `rows` rows of the schema's width, at least one byte.
    static func outputSize(_ schema: StructType, rows: Int64) -> Double {
        rows == 0 ? 1 : max(Double(rows) * rowSize(schema), 1)
    }
}

extension DataType {
    /// Spark's `DataType.defaultSize`, the width its size estimates assume for a value.
    public var defaultSize: Int {
        switch self {
        case .integer, .float, .date, .yearMonthInterval: 4
        case .long, .double, .timestamp, .timestampNTZ, .dayTimeInterval, .time: 8
        case .calendarInterval: 16
        case .short: 2
        case .byte, .boolean, .null: 1
        case .string: 20
        case .decimal(let precision, _): precision <= 18 ? 8 : 16
        case .binary: 100
        case .array(let element, _): element.defaultSize
        case .structure(let fields): fields.fields.reduce(0) { $0 + $1.dataType.defaultSize }
        case .map(let key, let value, _): key.defaultSize + value.defaultSize
        case .variant: 2048
        }
    }
}

extension ResolvedPlan {
    /// This node's statistics, computed from its children's as Spark's visitor does.
    public var statistics: PlanStatistics {
        let childStats = children.map(\.statistics)
        /// A unary node: the child's size scaled by the ratio of row widths (Spark's `visitUnaryNode`).
        func scaled() -> PlanStatistics {
            guard let child = children.first, let stats = childStats.first else { return PlanStatistics(sizeInBytes: 1) }
            let size = (stats.sizeInBytes * PlanStatistics.rowSize(schema) / PlanStatistics.rowSize(child.schema)).rounded(.down)
            return PlanStatistics(sizeInBytes: max(size, 1))
        }
        switch node {
        case .scan(let relation):
            if let range = relation.scan as? RangeScan {
                return PlanStatistics(sizeInBytes: Double(8 * range.count), rowCount: range.count)
            }
            let bytes = (0..<relation.scan.partitionCount).reduce(0) { $0 + (relation.scan.inputBytes(partition: $1) ?? 0) }
            return PlanStatistics(sizeInBytes: bytes > 0 ? Double(bytes) : Double(Int64.max))
        case .local(let relation):
            if relation.isCommandResult {
                let rows = relation.partitions.reduce(0) { $0 + $1.rowCount }
                return PlanStatistics(sizeInBytes: PlanStatistics.rowSize(schema) * Double(rows))
            }
            return PlanStatistics(sizeInBytes: Double(Int64.max))
        case .cached(_, _), .subqueryAlias:
            return childStats[0]
        case .aggregate(let spec, _) where spec.keys.isEmpty:
            return PlanStatistics(sizeInBytes: PlanStatistics.outputSize(schema, rows: 1), rowCount: 1)
        case .limit(let n, _):
            let rows = min(Int64(n), childStats[0].rowCount ?? Int64(n))
            return PlanStatistics(sizeInBytes: PlanStatistics.outputSize(schema, rows: rows), rowCount: rows)
        case .union:
            return PlanStatistics(sizeInBytes: childStats.reduce(0) { $0 + $1.sizeInBytes })
        case .join(let join, _, _):
            if join.type == .leftSemi || join.type == .leftAnti { return PlanStatistics(sizeInBytes: childStats[0].sizeInBytes) }
            return PlanStatistics(sizeInBytes: childStats.map(\.sizeInBytes).filter { $0 > 0 }.reduce(1, *))
        case .sample(let sampling, _):
            let ratio = sampling.upperBound - sampling.lowerBound
            let size = (childStats[0].sizeInBytes * ratio).rounded(.up)
            return PlanStatistics(sizeInBytes: size == 0 ? 1 : size,
                                  rowCount: childStats[0].rowCount.map { Int64((Double($0) * ratio).rounded(.up)) })
        case .generate:
            return PlanStatistics(sizeInBytes: childStats[0].sizeInBytes)
        case .project, .filter, .aggregate, .sort, .repartition, .coalesce, .window, .windowGroupLimit:
            return scaled()
        }
    }

    /// The optimized plan with each node's statistics after its first line, as `explain(mode="cost")` prints it.
    public var costTreeString: String {
        PlanTreeText.render(self, lines: { plan in
            var lines = plan.nodeLines
            lines[0] += ", " + plan.statistics.text
            // `LocalLimit`, the second line of a limit, keeps its child's statistics (Spark's visitLocalLimit).
            if case .limit(let n, let child) = plan.node, lines.count > 1 {
                lines[1] += ", " + (n == 0 ? PlanStatistics(sizeInBytes: 1, rowCount: 0) : child.statistics).text
            }
            return lines
        }, children: { $0.children })
    }
}
