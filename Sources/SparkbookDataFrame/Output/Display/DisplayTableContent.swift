/// What Databricks-style `display(df)` shows: column names, the fetched rows as show() texts (nil for NULL),
/// which columns are numeric (right-aligned), and the total row count when it is known.
public struct DisplayTableContent: Sendable, Equatable {
    public var columnNames: [String]
    /// The rows fetched for display; may hold more than the formatter's cap, which then says so in the footer.
    public var rows: [[String?]]
    /// One flag per column: right-align (numbers), else left-align (text, dates, nested values).
    public var rightAligned: [Bool]
    /// The query's full row count if known; nil means `rows` is everything there is, unless over the cap.
    public var totalRowCount: Int?

    public init(columnNames: [String], rows: [[String?]], rightAligned: [Bool]? = nil, totalRowCount: Int? = nil) {
        self.columnNames = columnNames
        self.rows = rows
        self.rightAligned = rightAligned ?? Array(repeating: false, count: columnNames.count)
        self.totalRowCount = totalRowCount
    }

    /// Builds the texts from values the way show() prints them; a column whose non-null values are all numbers
    /// is right-aligned.
    public init(columnNames: [String], values: [[OutputValue]], totalRowCount: Int? = nil,
                valueText: SparkValueText = SparkValueText()) {
        let rows = values.map { row in row.map { $0 == .null ? nil : valueText.text($0) } }
        let aligned = columnNames.indices.map { column in
            let present = values.compactMap { column < $0.count && $0[column] != .null ? $0[column] : nil }
            return !present.isEmpty && present.allSatisfy(Self.isNumber)
        }
        self.init(columnNames: columnNames, rows: rows, rightAligned: aligned, totalRowCount: totalRowCount)
    }

    private static func isNumber(_ value: OutputValue) -> Bool {
        switch value {
        case .integer, .float, .double, .decimal: return true
        default: return false
        }
    }
}
