import Foundation

/// A language magic on the first line of a code cell, as Databricks (`%sql`) and IPython (`%%sql`) write it.
///
/// Only language-switching magics count; `%matplotlib inline` or `%time x()` stay Python.
public struct CellMagic: Sendable, Equatable {
    /// Lower-cased magic name without `%`: `sql`, `sh`, `run`, `python`, `md`...
    public var name: String
    /// `true` for IPython's `%%name` form.
    public var isCellMagic: Bool
    /// The rest of the magic line, e.g. `./setup` for `%run ./setup`.
    public var argument: String
    /// The lines after the magic line, joined with `\n`.
    public var body: String

    /// Magic names that switch the cell's language (Databricks and IPython spellings).
    public static let languageNames: Set<String> = [
        "sql", "sh", "bash", "run", "python", "md", "scala", "r", "fs", "pip", "html", "javascript",
    ]

    public init(name: String, isCellMagic: Bool = false, argument: String = "", body: String) {
        self.name = name
        self.isCellMagic = isCellMagic
        self.argument = argument
        self.body = body
    }

    /// Recognises `%name [argument]` or `%%name [argument]` as the first line of `source`.
    public init?(parsing source: String) {
        let firstLineEnd = source.firstIndex(of: "\n") ?? source.endIndex
        var line = Substring(source[..<firstLineEnd])
        if line.hasSuffix("\r") { line = line.dropLast() }
        guard line.hasPrefix("%") else { return nil }
        let isCell = line.hasPrefix("%%")
        line = line.dropFirst(isCell ? 2 : 1)
        let nameEnd = line.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? line.endIndex
        let name = line[..<nameEnd].lowercased()
        guard Self.languageNames.contains(name) else { return nil }
        self.name = name
        self.isCellMagic = isCell
        self.argument = line[nameEnd...].trimmingCharacters(in: .whitespaces)
        self.body = firstLineEnd < source.endIndex ? String(source[source.index(after: firstLineEnd)...]) : ""
    }

    /// The text the magic's language runs: the body, after the argument of a line magic (`%sql SELECT 1`, which
    /// IPython hands over as the code); a cell magic's argument (`%%sql --limit 5`) holds options instead.
    public var code: String {
        guard !isCellMagic, !argument.isEmpty else { return body }
        return body.isEmpty ? argument : argument + "\n" + body
    }

    /// The magic line as written in a cell: `%sql`, `%run ./setup`.
    public var line: String {
        (isCellMagic ? "%%" : "%") + name + (argument.isEmpty ? "" : " " + argument)
    }
}
