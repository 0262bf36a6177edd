import Foundation

/// papermill's parameter injection: a code cell tagged `injected-parameters` holding
/// `# Parameters` and one `name = value` line per parameter.
///
/// It goes right after the first cell tagged `parameters` (whose defaults it overrides), or at the
/// top when there is none; an earlier injected cell is replaced in place, never duplicated.
public enum ParameterInjector {
    public static let parametersTag = "parameters"
    public static let injectedTag = "injected-parameters"

    /// The injected cell's text, exactly as papermill writes it for a Python kernel.
    public static func cellSource(for parameters: [Parameter], comment: String = "Parameters") -> String {
        var text = "# \(comment)".trimmingCharacters(in: .whitespaces) + "\n"
        for parameter in parameters {
            text += "\(parameter.name) = \(parameter.value.pythonLiteral)\n"
        }
        return text
    }

    /// Injects `parameters` into `notebook` and records them in `metadata.papermill.parameters`.
    /// Returns the index of the injected cell, or `nil` when there is nothing to inject (papermill
    /// leaves a notebook untouched when run without parameters).
    @discardableResult
    public static func inject(_ parameters: [Parameter], into notebook: inout Notebook) -> Int? {
        guard !parameters.isEmpty else { return nil }
        var cell = Cell.code(cellSource(for: parameters), tags: [injectedTag])
        let index: Int
        if let injected = notebook.firstIndex(taggedWith: injectedTag) {
            index = injected
            cell.id = notebook.cells[injected].id
            notebook.cells[injected] = cell
        } else {
            index = notebook.firstIndex(taggedWith: parametersTag).map { $0 + 1 } ?? 0
            let taken = Set(notebook.cells.map(\.id))
            cell.id = taken.contains(injectedTag) ? "" : injectedTag
            notebook.cells.insert(cell, at: index)
        }
        notebook.ensureCellIDs()

        var papermill = notebook.metadata["papermill"]?.objectValue ?? [:]
        var recorded = JSONObject()
        for parameter in parameters { recorded[parameter.name] = parameter.value.json }
        papermill["parameters"] = .object(recorded)
        notebook.metadata["papermill"] = .object(papermill)
        return index
    }

    /// Parameter names that are not Python identifiers (they would make the injected cell invalid).
    public static func invalidNames(in parameters: [Parameter]) -> [String] {
        parameters.filter { !$0.hasValidName }.map(\.name)
    }
}
