/// Text widened to a fixed width: Sparkbook's side-by-side tables pad with spaces, and Spark's fixed-width numbers
/// (part-file numbers, date-time pattern fields, `%XX` path escapes) with zeros. Widths count characters.
extension String {
    /// `pad` before the text up to `width` characters; text already that wide is unchanged.
    public func leftPadded(to width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }

    /// `pad` after the text up to `width` characters; text already that wide is unchanged.
    public func rightPadded(to width: Int, with pad: Character = " ") -> String {
        count >= width ? self : self + String(repeating: pad, count: width - count)
    }
}

extension BinaryInteger {
    /// The decimal digits with zeros before them up to `width` characters (`7` → `"00007"`), as Spark writes
    /// part numbers and `yyyy`-style fields; a minus sign counts in the width.
    public func zeroPadded(to width: Int) -> String { String(self).leftPadded(to: width, with: "0") }
}
