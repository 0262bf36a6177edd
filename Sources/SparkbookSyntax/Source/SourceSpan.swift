/// A half-open range of UTF-8 byte offsets into a `SourceFile`'s text.
///
/// Offsets rather than line:column pairs keep spans cheap to create in the lexer; the
/// `LineTable` turns them into human positions only when a diagnostic is rendered.
public struct SourceSpan: Sendable, Hashable, CustomStringConvertible {
    /// Offset of the first byte.
    public var start: Int
    /// Offset one past the last byte (`start == end` for an empty, point-like span).
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a span must not end before it starts")
        self.start = start
        self.end = end
    }

    /// An empty span at `offset`, used for positions such as "end of input".
    public static func point(_ offset: Int) -> SourceSpan {
        SourceSpan(start: offset, end: offset)
    }

    /// Number of bytes covered.
    public var length: Int { end - start }

    /// The smallest span covering both `self` and `other`.
    public func merged(with other: SourceSpan) -> SourceSpan {
        SourceSpan(start: min(start, other.start), end: max(end, other.end))
    }

    /// Whether `offset` lies inside the span.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    public var description: String { "\(start)..<\(end)" }
}
