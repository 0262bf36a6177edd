import Foundation

/// Jupyter magics (`%sql`, `%%time`, `!ls`) are not Python, so jupytext comments them out in
/// `.py` files (`# %sql`) and uncomments them on reading. Lines that already look like commented
/// magics get one more `# ` so the round trip is exact.
public enum PercentMagicEscaping {
    /// `# %sql` -> `%sql` (once), for code cell lines read from a percent script.
    public static func unescape(_ line: String) -> String {
        guard isMagic(line) else { return line }
        let indent = line.prefix { $0 == " " || $0 == "\t" }
        let rest = line.dropFirst(indent.count)
        if rest.hasPrefix("# ") { return String(indent + rest.dropFirst(2)) }
        if rest.hasPrefix("#") { return String(indent + rest.dropFirst()) }
        return line
    }

    /// `%sql` -> `# %sql`, for code cell lines written to a percent script.
    public static func escape(_ line: String) -> String {
        guard isMagic(line) else { return line }
        let indent = line.prefix { $0 == " " || $0 == "\t" }
        return indent + "# " + line.dropFirst(indent.count)
    }

    /// A (possibly commented) magic: `%name`, `%%name`, or a shell escape `!cmd`.
    static func isMagic(_ line: String) -> Bool {
        var rest = Substring(line).drop { $0 == " " || $0 == "\t" }
        while rest.hasPrefix("#") {
            rest = rest.dropFirst()
            if rest.hasPrefix(" ") { rest = rest.dropFirst() }
        }
        if rest.hasPrefix("%") {
            let afterPercents = rest.drop { $0 == "%" }
            let percents = rest.count - afterPercents.count
            return percents <= 3 && (afterPercents.first?.isASCII ?? false) && (afterPercents.first?.isLetter ?? false)
        }
        if rest.hasPrefix("!") {
            let command = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
            guard let first = command.first else { return false }
            return (first.isASCII && first.isLetter) || ".~$\\/{}".contains(first)
        }
        return false
    }
}
