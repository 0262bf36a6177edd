import SparkbookNotebook

/// The same notebook run on the embedded engine and on real Spark, compared cell by cell as Spark defines its
/// results (`sparkbook engine compare`): what each cell printed (its stdout, `display()` and result texts), and
/// whether and with which exception it failed. Tables follow `PrintedTable.agrees`; other lines must be equal
/// with numbers read to the precision both print.
public enum EngineComparison {
    /// One cell whose outputs disagree.
    public struct Difference: Equatable, Sendable {
        /// 1-based, among all the notebook's cells, as Sparkbook names cells in errors.
        public var cellNumber: Int
        public var embedded: String
        public var spark: String
        /// Which part disagrees, in a few words.
        public var what: String
    }

    /// The printed text of one code cell and its error's exception name, if it failed.
    public struct CellPrint: Equatable, Sendable {
        public var text: String
        public var error: String?

        public init(_ cell: Cell) {
            var text = ""
            var error: String?
            for output in cell.outputs {
                switch output {
                case .stream(let name, let chunk) where name == "stdout":
                    text += chunk
                case .stream:
                    continue
                case .executeResult(_, let data, _), .displayData(let data, _):
                    let plain = data.text("text/plain") ?? ""
                    text += plain.hasSuffix("\n") || plain.isEmpty ? plain : plain + "\n"
                case .error(let ename, _, _):
                    error = ename
                }
            }
            self.text = text
            self.error = error
        }
    }

    /// The cells that disagree; `tableOrders` says per cell number whether Spark defines each printed table's
    /// row order (`SparkCellExecutor.tableOrders`; a table without a note is compared in order).
    public static func differences(embedded: Notebook, spark: Notebook, tableOrders: [Int: [Bool]]) -> [Difference] {
        var result: [Difference] = []
        for index in embedded.cells.indices where embedded.cells[index].kind == .code {
            guard index < spark.cells.count else { break }
            let number = index + 1
            let left = CellPrint(embedded.cells[index]), right = CellPrint(spark.cells[index])
            if let what = disagreement(left, right, orders: tableOrders[number] ?? []) {
                result.append(Difference(cellNumber: number, embedded: describe(left), spark: describe(right), what: what))
            }
        }
        return result
    }

    /// Why two cells' prints disagree, or nil when Spark would allow both.
    static func disagreement(_ left: CellPrint, _ right: CellPrint, orders: [Bool]) -> String? {
        if left.error != right.error {
            return "failed differently (\(left.error ?? "no error") vs \(right.error ?? "no error"))"
        }
        if left.text == right.text { return nil }
        let a = PrintedText(left.text).parts, b = PrintedText(right.text).parts
        guard a.count == b.count else { return "printed \(a.count) vs \(b.count) lines and tables" }
        var tableIndex = 0
        for (x, y) in zip(a, b) {
            switch (x, y) {
            case (.line(let p), .line(let q)):
                if p != q && PrintedText.canonicalNumbers(p) != PrintedText.canonicalNumbers(q) {
                    return "a line differs"
                }
            case (.table(let p), .table(let q)):
                let ordered = tableIndex < orders.count ? orders[tableIndex] : true
                if !p.agrees(with: q, ordered: ordered) {
                    return "table \(tableIndex + 1) differs" + (ordered ? "" : " (as a multiset of rows: its order is not defined)")
                }
                tableIndex += 1
            default:
                return "a table against lines"
            }
        }
        return nil
    }

    static func describe(_ print: CellPrint) -> String {
        print.text + (print.error.map { "[\($0)]\n" } ?? "")
    }
}
