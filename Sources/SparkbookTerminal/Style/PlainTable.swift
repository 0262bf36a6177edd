/// Columns of text padded to their widest cell (display width, so wide characters line up), two spaces apart,
/// without trailing spaces: the terminal's plain tables (`:executors`, the fair-usage table).
public enum PlainTable {
    public static func lines(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { TerminalWidth.of($0[c]) }.max() ?? 0 }
        return all.map { cells in
            zip(cells.indices, zip(cells, widths)).map { c, pair in
                TerminalWidth.pad(pair.0, to: pair.1, right: rightAligned.contains(c))
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
    }
}
