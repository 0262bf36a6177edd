/// One column of a batch Sparkbook sent, as Arrow laid it out: its values in the buffer of its type, and which
/// rows are null. Only the types a plugin's functions commonly take are read (`ArrowStreamReader` says which).
public struct ArrowArray: Sendable {
    public enum Values: Sendable {
        /// tinyint, smallint, int and bigint, widened.
        case integers([Int64])
        /// float and double, widened.
        case doubles([Double])
        case booleans([Bool])
        /// string and binary: value `i` is `bytes[offsets[i] ..< offsets[i + 1]]`.
        case bytes(offsets: [Int32], bytes: [UInt8])
        /// A column of Arrow's Null type: every row is null.
        case nulls
    }

    public let name: String
    /// The Spark type name of the column (`bigint`, `int`, `string`, ...).
    public let type: String
    public let count: Int
    public let values: Values
    /// Arrow's validity bitmap (bit set: a value); nil when no row is null.
    let validity: [UInt8]?

    public func isNull(_ row: Int) -> Bool {
        if case .nulls = values { return true }
        guard let validity else { return false }
        return validity[row >> 3] & (1 << UInt8(row & 7)) == 0
    }

    /// Row `row`'s bytes (a string's UTF-8), for a string or binary column.
    public func bytes(at row: Int) -> ArraySlice<UInt8> {
        guard case .bytes(let offsets, let bytes) = values else { return [] }
        return bytes[Int(offsets[row])..<Int(offsets[row + 1])]
    }
}
