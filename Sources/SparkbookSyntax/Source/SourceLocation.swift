/// A human position in a source file: 1-based line and column.
///
/// `line` is already shifted by `SourceFile.firstLine`, so a cell cut out of a `.py`
/// notebook reports the line of the whole file. `column` counts grapheme clusters
/// (Swift `Character`s) from the start of the line, so `é` or an emoji is one column
/// no matter how many UTF-8 bytes it takes; a tab counts as one column.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, the form used inside messages ("opened at 3:5").
    public var description: String { "\(line):\(column)" }
}
