/// The summary a Tuple sketch keeps beside each hash (DataSketches' `DoubleSummary` and `IntegerSummary`, what
/// Spark's `tuple_*_double` and `tuple_*_integer` functions use), combined by the sketch's mode.
public protocol TupleSummaryValue: Sendable, Equatable {
    static var byteWidth: Int { get }
    static var zero: Self { get }
    static var one: Self { get }
    static var lowest: Self { get }
    static var highest: Self { get }
    static func + (a: Self, b: Self) -> Self
    static func < (a: Self, b: Self) -> Bool
    static func read(_ reader: SketchByteReader, at offset: Int) throws -> Self
    func write(to writer: inout SketchByteWriter)
}

/// `byteWidth`, `read` and `write` are the ones KLL items use (`KllItem.swift`).
extension Double: TupleSummaryValue {
    public static var one: Double { 1 }
    public static var lowest: Double { -.infinity }
    public static var highest: Double { .infinity }
}

extension Int32: TupleSummaryValue {
    public static var byteWidth: Int { 4 }
    public static var one: Int32 { 1 }
    public static var lowest: Int32 { .min }
    public static var highest: Int32 { .max }
    /// Java's int addition wraps.
    public static func + (a: Int32, b: Int32) -> Int32 { a &+ b }
    public static func read(_ reader: SketchByteReader, at offset: Int) throws -> Int32 { Int32(truncatingIfNeeded: try reader.int(offset)) }
    public func write(to writer: inout SketchByteWriter) { writer.int32(self) }
}

/// How a summary absorbs an update and how two summaries of one hash combine: `sum`, `min`, `max`, or
/// `alwaysone` (the summary is 1 whatever it sees). The ordinal is the mode byte stored after each summary.
public enum TupleSummaryMode: Int, Sendable, CaseIterable {
    case sum = 0, min, max, alwaysOne

    /// Spark's mode argument (`'sum'`, `'min'`, `'max'`, `'alwaysone'`), case-insensitive.
    public init?(sparkName: String) {
        switch sparkName.lowercased() {
        case "sum": self = .sum
        case "min": self = .min
        case "max": self = .max
        case "alwaysone": self = .alwaysOne
        default: return nil
        }
    }

    public var sparkName: String {
        switch self {
        case .sum: "sum"
        case .min: "min"
        case .max: "max"
        case .alwaysOne: "alwaysone"
        }
    }

    /// A fresh summary's value before any update.
    public func initial<Value: TupleSummaryValue>(_: Value.Type) -> Value {
        switch self {
        case .sum: .zero
        case .min: .highest
        case .max: .lowest
        case .alwaysOne: .one
        }
    }

    public func combine<Value: TupleSummaryValue>(_ a: Value, _ b: Value) -> Value {
        switch self {
        case .sum: a + b
        case .min: b < a ? b : a
        case .max: a < b ? b : a
        case .alwaysOne: .one
        }
    }
}

