import Foundation

/// A notebook: ordered cells plus notebook metadata (kernelspec, language_info, papermill, ...).
public struct Notebook: Sendable, Equatable {
    public var cells: [Cell]
    /// Notebook metadata, members in file order; unknown members are kept.
    public var metadata: JSONObject
    public var nbformat: Int
    public var nbformatMinor: Int

    /// The nbformat version this package writes.
    public static let currentFormat = (major: 4, minor: 5)

    public init(cells: [Cell] = [], metadata: JSONObject = [:], nbformat: Int = 4, nbformatMinor: Int = 5) {
        self.cells = cells
        self.metadata = metadata
        self.nbformat = nbformat
        self.nbformatMinor = nbformatMinor
    }

    /// The metadata of a Python 3 notebook, as Jupyter writes it for a new notebook.
    public static let python3Metadata: JSONObject = [
        "kernelspec": ["display_name": "Python 3", "language": "python", "name": "python3"],
        "language_info": ["name": "python"],
    ]

    /// Index of the first cell carrying `tag`, the way papermill finds the `parameters` cell.
    public func firstIndex(taggedWith tag: String) -> Int? {
        cells.firstIndex { $0.hasTag(tag) }
    }

    /// Code cells only, in order, with their index in `cells`.
    public var codeCells: [(index: Int, cell: Cell)] {
        cells.enumerated().filter { $0.element.kind == .code }.map { ($0.offset, $0.element) }
    }

    /// Gives cells without a valid, unique id a stable one (nbformat 4.5 requires ids).
    public mutating func ensureCellIDs() {
        CellID.repair(&cells)
    }
}
