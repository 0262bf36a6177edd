import Foundation

/// Writes `.ipynb` text byte-identical to `nbformat.write`: indent 1, sorted keys, raw UTF-8,
/// multi-line text as lists of lines, transient metadata dropped, trailing newline.
public enum IpynbWriter {
    public static func write(_ notebook: Notebook) -> String {
        JSONWriter.nbformat.string(json(notebook)) + "\n"
    }

    /// The nbformat JSON structure of a notebook (cells get ids if they lack valid ones).
    public static func json(_ notebook: Notebook) -> JSONValue {
        var notebook = notebook
        notebook.ensureCellIDs()
        var metadata = notebook.metadata
        for transient in ["orig_nbformat", "orig_nbformat_minor", "signature"] { metadata[transient] = nil }
        return [
            "cells": .array(notebook.cells.map(json(cell:))),
            "metadata": .object(metadata),
            "nbformat": .int(notebook.nbformat),
            "nbformat_minor": .int(notebook.nbformatMinor),
        ]
    }

    static func json(cell: Cell) -> JSONValue {
        var metadata = cell.metadata
        metadata["trusted"] = nil
        var object: JSONObject = [
            "cell_type": .string(cell.kind.rawValue),
            "id": .string(cell.id),
            "metadata": .object(metadata),
            "source": lines(cell.source),
        ]
        if cell.kind == .code {
            object["execution_count"] = cell.executionCount.map { .int($0) } ?? .null
            object["outputs"] = .array(cell.outputs.map(json(output:)))
        } else if let attachments = cell.attachments {
            object["attachments"] = attachments
        }
        return .object(object)
    }

    static func json(output: CellOutput) -> JSONValue {
        switch output {
        case .stream(let name, let text):
            return ["output_type": "stream", "name": .string(name), "text": lines(text)]
        case .executeResult(let count, let data, let metadata):
            return [
                "output_type": "execute_result", "execution_count": count.map { .int($0) } ?? .null,
                "data": json(bundle: data), "metadata": .object(metadata),
            ]
        case .displayData(let data, let metadata):
            return ["output_type": "display_data", "data": json(bundle: data), "metadata": .object(metadata)]
        case .error(let ename, let evalue, let traceback):
            return [
                "output_type": "error", "ename": .string(ename), "evalue": .string(evalue),
                "traceback": .array(traceback.map { .string($0) }),
            ]
        }
    }

    static func json(bundle: MimeBundle) -> JSONValue {
        var object = JSONObject()
        for entry in bundle.entries {
            switch entry.content {
            case .text(let text):
                object[entry.mimeType] = MimeBundle.isSplitIntoLines(entry.mimeType) ? lines(text) : .string(text)
            case .json(let value):
                object[entry.mimeType] = value
            }
        }
        return .object(object)
    }

    /// Multi-line text as nbformat stores it: a list of lines, each keeping its line break.
    static func lines(_ text: String) -> JSONValue {
        .array(TextLines.splitKeepingEnds(text).map { .string($0) })
    }
}
