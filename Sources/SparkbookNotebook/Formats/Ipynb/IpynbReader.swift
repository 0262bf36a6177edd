import Foundation

/// Reads Jupyter `.ipynb` files (nbformat 4.0-4.5 and later 4.x), upgrading them to 4.5 in memory.
///
/// `source` and text outputs may be a string or a list of lines; unknown metadata is kept.
public enum IpynbReader {
    public static func read(_ data: Data, path: String? = nil) throws(NotebookFormatError) -> Notebook {
        let parsed: (value: JSONValue, cellLines: [Int])
        do {
            parsed = try JSONParser.parseNotebook(data)
        } catch {
            throw NotebookFormatError(
                path: path, line: error.line, column: error.column, message: "invalid JSON: \(error.message)")
        }
        guard case .object(let root) = parsed.value else {
            throw NotebookFormatError(path: path, line: 1, message: "a notebook must be a JSON object")
        }
        guard let major = root["nbformat"]?.intValue else {
            throw NotebookFormatError(path: path, message: "missing \"nbformat\" version")
        }
        guard major == 4 else {
            throw NotebookFormatError(
                path: path,
                message: "unsupported nbformat \(major); convert it with `jupyter nbconvert --to notebook --nbformat 4`")
        }
        let minor = root["nbformat_minor"]?.intValue ?? 0
        guard let cellValues = root["cells"]?.arrayValue else {
            throw NotebookFormatError(path: path, message: "missing \"cells\" list")
        }
        var cells: [Cell] = []
        for (index, value) in cellValues.enumerated() {
            let line = index < parsed.cellLines.count ? parsed.cellLines[index] : nil
            var reader = CellReader(path: path, index: index, line: line)
            cells.append(try reader.cell(from: value))
        }
        var notebook = Notebook(
            cells: cells, metadata: root["metadata"]?.objectValue ?? [:], nbformat: 4, nbformatMinor: max(minor, 5))
        notebook.ensureCellIDs()
        return notebook
    }

    /// Turns one cell's JSON into a `Cell`, reporting problems with the cell's number and JSON line. The JSON line
    /// is not the cell's `sourceLine`: Jupyter numbers a cell's lines from 1, so runtime errors do too.
    private struct CellReader {
        let path: String?
        let index: Int
        let line: Int?

        func fail(_ message: String) -> NotebookFormatError {
            NotebookFormatError(path: path, line: line, message: "cell \(index + 1): \(message)")
        }

        mutating func cell(from value: JSONValue) throws(NotebookFormatError) -> Cell {
            guard case .object(let object) = value else { throw fail("a cell must be a JSON object") }
            guard let typeName = object["cell_type"]?.stringValue else { throw fail("missing \"cell_type\"") }
            guard let kind = Cell.Kind(rawValue: typeName) else { throw fail("unknown cell_type \"\(typeName)\"") }
            guard let source = Self.joinedText(object["source"] ?? .string("")) else {
                throw fail("\"source\" must be a string or a list of strings")
            }
            var cell = Cell(
                id: object["id"]?.stringValue ?? "", kind: kind, source: source,
                metadata: object["metadata"]?.objectValue ?? [:], attachments: object["attachments"])
            if kind == .code {
                cell.executionCount = object["execution_count"]?.intValue
                for output in object["outputs"]?.arrayValue ?? [] {
                    cell.outputs.append(try self.output(from: output))
                }
            }
            return cell
        }

        func output(from value: JSONValue) throws(NotebookFormatError) -> CellOutput {
            guard case .object(let object) = value, let type = object["output_type"]?.stringValue else {
                throw fail("an output must be an object with an \"output_type\"")
            }
            switch type {
            case "stream":
                guard let text = Self.joinedText(object["text"] ?? .string("")) else {
                    throw fail("stream \"text\" must be a string or a list of strings")
                }
                return .stream(name: object["name"]?.stringValue ?? "stdout", text: text)
            case "execute_result":
                return .executeResult(
                    executionCount: object["execution_count"]?.intValue, data: Self.bundle(object["data"]),
                    metadata: object["metadata"]?.objectValue ?? [:])
            case "display_data":
                return .displayData(data: Self.bundle(object["data"]), metadata: object["metadata"]?.objectValue ?? [:])
            case "error":
                return .error(
                    ename: object["ename"]?.stringValue ?? "", evalue: object["evalue"]?.stringValue ?? "",
                    traceback: (object["traceback"]?.arrayValue ?? []).compactMap(\.stringValue))
            default:
                throw fail("unknown output_type \"\(type)\"")
            }
        }

        /// A string, or a list of strings joined as nbformat's `rejoin_lines` does.
        static func joinedText(_ value: JSONValue) -> String? {
            switch value {
            case .string(let s): return s
            case .array(let items):
                let strings = items.compactMap(\.stringValue)
                return strings.count == items.count ? strings.joined() : nil
            default: return nil
            }
        }

        static func bundle(_ value: JSONValue?) -> MimeBundle {
            var bundle = MimeBundle()
            for entry in value?.objectValue?.entries ?? [] {
                if MimeBundle.isSplitIntoLines(entry.key), let text = joinedText(entry.value) {
                    bundle[entry.key] = .text(text)
                } else if case .string(let s) = entry.value, !MimeBundle.isJSON(entry.key) {
                    bundle[entry.key] = .text(s)
                } else {
                    bundle[entry.key] = .json(entry.value)
                }
            }
            return bundle
        }
    }
}
