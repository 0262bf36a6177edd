/// A window frame as `rowsBetween`/`rangeBetween` give it: which rows around the current one an aggregate
/// sees. Bounds are offsets as Spark's `Window` holds them: `Int64.min` is UNBOUNDED PRECEDING, `Int64.max`
/// UNBOUNDED FOLLOWING, 0 CURRENT ROW; a ROWS offset counts rows, a RANGE offset is added to the (single,
/// numeric) order key's value.
public struct WindowFrame: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case rows = "ROWS", range = "RANGE" }

    public let kind: Kind
    public let start: Int64
    public let end: Int64
    /// SQL text writes a negative offset as `n PRECEDING`, and Spark's column name keeps that spelling; the
    /// DataFrame API's offsets are plain numbers, named `-n FOLLOWING`.
    public let writtenInSQL: Bool

    public init(_ kind: Kind, start: Int64, end: Int64, writtenInSQL: Bool = false) {
        self.kind = kind
        self.start = start
        self.end = end
        self.writtenInSQL = writtenInSQL
    }

    public static let unboundedPreceding = Int64.min
    public static let unboundedFollowing = Int64.max
    public static let currentRow: Int64 = 0

    /// Spark's defaults for an aggregate: from the partition start to the current row and its peers when
    /// ordered, the whole partition otherwise.
    public static func aggregateDefault(ordered: Bool) -> WindowFrame {
        ordered ? WindowFrame(.range, start: unboundedPreceding, end: currentRow)
            : WindowFrame(.rows, start: unboundedPreceding, end: unboundedFollowing)
    }

    public var isUnboundedPreceding: Bool { start == Self.unboundedPreceding }
    public var isUnboundedFollowing: Bool { end == Self.unboundedFollowing }

    /// `ROWS BETWEEN -1 FOLLOWING AND CURRENT ROW`: Spark prints a DataFrame API offset as FOLLOWING, negative
    /// or not; `ROWS BETWEEN 1 PRECEDING AND CURRENT ROW` when SQL text wrote it so.
    public var sql: String {
        "\(kind.rawValue) BETWEEN \(boundSQL(start)) AND \(boundSQL(end))"
    }

    func boundSQL(_ bound: Int64) -> String {
        switch bound {
        case Self.unboundedPreceding: "UNBOUNDED PRECEDING"
        case Self.unboundedFollowing: "UNBOUNDED FOLLOWING"
        case Self.currentRow: "CURRENT ROW"
        case ..<0 where writtenInSQL: "\(bound.magnitude) PRECEDING"
        default: "\(bound) FOLLOWING"
        }
    }
}
