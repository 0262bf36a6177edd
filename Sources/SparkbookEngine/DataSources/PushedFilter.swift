import SparkbookUtilities

/// A condition a file scan is handed so it can skip data that cannot match (Spark's `sources.Filter`): a column
/// by name against literals, and AND/OR/NOT of those. The scan need not apply it row by row: the `Filter` above
/// the scan still does, so a source may use any part of it, or none (`spark.sql.parquet.filterPushdown=false`).
public indirect enum PushedFilter: Sendable, Hashable {
    case equalTo(String, Value)
    case greaterThan(String, Value)
    case greaterThanOrEqual(String, Value)
    case lessThan(String, Value)
    case lessThanOrEqual(String, Value)
    case `in`(String, [Value])
    case isNull(String)
    case isNotNull(String)
    case stringStartsWith(String, String)
    case and(PushedFilter, PushedFilter)
    case or(PushedFilter, PushedFilter)
    case not(PushedFilter)

    /// As Spark's `explain` lists it under `PushedFilters` (the Scala case classes' `toString`).
    public var description: String {
        switch self {
        case .equalTo(let c, let v): "EqualTo(\(c),\(Self.text(v)))"
        case .greaterThan(let c, let v): "GreaterThan(\(c),\(Self.text(v)))"
        case .greaterThanOrEqual(let c, let v): "GreaterThanOrEqual(\(c),\(Self.text(v)))"
        case .lessThan(let c, let v): "LessThan(\(c),\(Self.text(v)))"
        case .lessThanOrEqual(let c, let v): "LessThanOrEqual(\(c),\(Self.text(v)))"
        case .in(let c, let vs): "In(\(c), [\(vs.map(Self.text).joined(separator: ","))])"
        case .isNull(let c): "IsNull(\(c))"
        case .isNotNull(let c): "IsNotNull(\(c))"
        case .stringStartsWith(let c, let p): "StringStartsWith(\(c),\(p))"
        case .and(let l, let r): "And(\(l.description),\(r.description))"
        case .or(let l, let r): "Or(\(l.description),\(r.description))"
        case .not(let f): "Not(\(f.description))"
        }
    }

    /// A literal as the JVM prints the value Spark hands the source (`1.0`, `US`, `2024-01-31`).
    static func text(_ value: Value) -> String {
        switch value {
        case .double(let d): JavaNumberText.double(d)
        case .float(let f): JavaNumberText.float(f)
        case .string(let s): s
        default: ValueCast.text(value)
        }
    }
}
