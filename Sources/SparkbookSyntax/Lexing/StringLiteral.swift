/// The decoded value of one string token (before implicit concatenation, which the
/// parser does because adjacent literals may mix plain and f-strings).
public enum StringLiteral: Sendable, Hashable {
    /// A plain or raw string with escapes already decoded.
    case text(String)
    /// A `b"..."` literal.
    case bytes([UInt8])
    /// An f-string split into literal text and `{...}` replacement fields.
    case formatted([FormattedStringSegment])
}
