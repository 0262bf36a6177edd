import Foundation

/// How jupytext keeps a cell magic that names a language (`%%sql`, `%%bash`) in a percent script: as the
/// marker's `language="sql"` option (and `magic_args="..."` for the rest of the magic line), with the cell's
/// lines commented out, so the script stays Python. Reading puts the `%%name` line back, as jupytext does.
enum PercentCellLanguage {
    /// jupytext's `_JUPYTER_LANGUAGES`: the magics it treats so (others stay commented magic lines).
    static let names: Set<String> = [
        "R", "bash", "sh", "python", "python2", "python3", "coconut", "javascript", "js", "perl", "html", "latex",
        "markdown", "pypy", "ruby", "script", "svg", "matlab", "octave", "idl", "robotframework", "sas", "spark",
        "sql", "cython", "haskell", "tcl", "gnuplot", "wolfram language",
    ]

    /// Python cells in a Python script are not commented out.
    private static func isPython(_ name: String) -> Bool { name.hasPrefix("python") }

    /// The source of a code cell read under a marker whose options may name a language; the options lose
    /// `language` and `magic_args` when they become the magic line.
    static func source(lines: [String], options: inout JSONObject) -> [String] {
        guard let name = options["language"]?.stringValue, names.contains(name) else {
            return lines.map(PercentMagicEscaping.unescape)
        }
        let arguments = options["magic_args"]?.stringValue
        options["language"] = nil
        options["magic_args"] = nil
        let body = isPython(name) ? lines.map(PercentMagicEscaping.unescape) : lines.map(PercentScriptReader.uncomment)
        return ["%%" + name + (arguments.map { " " + $0 } ?? "")] + body
    }

    /// A code cell's lines and marker options as jupytext writes them: a `%%name` cell magic of a known language
    /// becomes options, its lines commented; any other cell keeps its lines, magics escaped.
    static func written(_ cell: Cell, options: inout JSONObject) -> [String] {
        let lines = TextLines.splitOnNewlines(cell.source)
        guard let first = lines.first, first.hasPrefix("%%") else { return lines.map(PercentMagicEscaping.escape) }
        let magic = first.dropFirst(2)
        let name = String(magic.prefix { $0 != " " })
        guard names.contains(name) else { return lines.map(PercentMagicEscaping.escape) }
        let arguments = magic.dropFirst(name.count).drop { $0 == " " }
        if !arguments.isEmpty { options["magic_args"] = .string(String(arguments)) }
        options["language"] = .string(name)
        let body = lines.dropFirst()
        return isPython(name) ? body.map(PercentMagicEscaping.escape) : body.map { $0.isEmpty ? "#" : "# " + $0 }
    }
}
