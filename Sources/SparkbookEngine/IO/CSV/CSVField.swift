/// Where one field's bytes are: a range of the input, or of the tokenizer's scratch buffer when unescaping
/// had to rewrite them. No `String` is made per field.
public struct CSVField: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// An unquoted empty field: always null.
        case missing
        /// A quoted empty field (`""`): reads as the `emptyValue` option.
        case quotedEmpty
        /// Bytes `start..<end` of the input buffer.
        case input
        /// Bytes `start..<end` of the tokenizer's scratch buffer.
        case scratch
    }

    public var kind: Kind
    public var start: Int
    public var end: Int

    public init(kind: Kind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    public var count: Int { end - start }
}
