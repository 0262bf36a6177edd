import Foundation
import SparkbookUtilities

/// Turns the fields of one tokenized line into typed cells for the schema's data columns, then appends them to
/// column builders once the row is known to be kept (so DROPMALFORMED and FAILFAST never leave half rows behind).
struct CSVRowConverter {
    /// A parsed value waiting to be appended; strings point back at the tokenizer's field.
    enum Cell {
        case null
        case int32(Int32)
        case int64(Int64)
        case double(Double)
        case boolean(Bool)
        /// An unscaled decimal at the column's scale.
        case decimal(Int128)
        case field(Int)
        case emptyValue
    }

    let types: [DataType]
    let nullable: [Bool]
    let options: CSVOptions
    private let nullValue: [UInt8]
    private let emptyValue: [UInt8]
    private let nanValue: [UInt8]
    private let positiveInf: [UInt8]
    private let negativeInf: [UInt8]
    var dateTime: SparkDateTimeParsing
    /// `timestamp_ntz` fields: the wall clock as written, read as in UTC.
    var wallClock: SparkDateTimeParsing
    /// One cell per data column, reused for every row.
    var cells: [Cell]

    init(dataFields: [StructField], options: CSVOptions, sessionZone: TimeZone) {
        types = dataFields.map(\.dataType)
        nullable = dataFields.map(\.nullable)
        self.options = options
        nullValue = Array(options.nullValue.utf8)
        emptyValue = Array(options.emptyValue.utf8)
        nanValue = Array(options.nanValue.utf8)
        positiveInf = Array(options.positiveInf.utf8)
        negativeInf = Array(options.negativeInf.utf8)
        dateTime = SparkDateTimeParsing(sessionZone: sessionZone)
        wallClock = SparkDateTimeParsing(sessionZone: TimeZone(identifier: "UTC")!)
        cells = Array(repeating: .null, count: dataFields.count)
    }

    /// Converts the data columns listed in `columns`; returns false when any of them is malformed
    /// (unparsable, or null in a NOT NULL field). Malformed cells are left null.
    mutating func convert(
        _ columns: [Int], tokenizer: CSVTokenizer, buffer: UnsafeRawBufferPointer
    ) -> Bool {
        var wellFormed = true
        let fieldCount = tokenizer.fields.count
        for column in columns {
            let cell: Cell
            if column >= fieldCount {
                cell = .null
            } else {
                switch tokenizer.fields[column].kind {
                case .missing: cell = .null
                case .quotedEmpty:
                    cell = emptyValue == nullValue ? .null
                        : emptyValue.withUnsafeBytes { parse($0, column: column, emptyValue: true) } ?? .null
                    if case .null = cell, emptyValue != nullValue { wellFormed = false }
                case .input, .scratch:
                    let parsed: Cell? = tokenizer.withBytes(of: column, in: buffer) { bytes in
                        if bytes.count == nullValue.count, nullValue.withUnsafeBytes({ bytes.elementsEqual($0) }) {
                            return .null
                        }
                        return parse(bytes, column: column, emptyValue: false)
                    }
                    if let parsed { cell = parsed } else { cell = .null; wellFormed = false }
                }
            }
            if case .null = cell, !nullable[column] { wellFormed = false }
            cells[column] = cell
        }
        return wellFormed
    }

    @inline(__always)
    private mutating func parse(_ bytes: UnsafeRawBufferPointer, column: Int, emptyValue: Bool) -> Cell? {
        switch types[column] {
        case .string: return emptyValue ? .emptyValue : .field(column)
        case .integer: return JavaNumberParsing.parseInt32(bytes).map(Cell.int32)
        case .long: return JavaNumberParsing.parseInt64(bytes).map(Cell.int64)
        case .byte, .short:
            guard let v = JavaNumberParsing.parseInt64(bytes), ValueCast.integralBounds(types[column])!.contains(v) else { return nil }
            return .int32(Int32(v))
        case .float:
            if bytes.elementsEqual(nanValue) { return .double(.nan) }
            if bytes.elementsEqual(positiveInf) { return .double(.infinity) }
            if bytes.elementsEqual(negativeInf) { return .double(-.infinity) }
            // Java's syntax, then the float nearest the text (not the double's nearest float).
            guard JavaNumberParsing.parseDouble(bytes) != nil,
                  let f = Float(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)) else { return nil }
            return .double(Double(f))
        case .double:
            if bytes.elementsEqual(nanValue) { return .double(.nan) }
            if bytes.elementsEqual(positiveInf) { return .double(.infinity) }
            if bytes.elementsEqual(negativeInf) { return .double(-.infinity) }
            return JavaNumberParsing.parseDouble(bytes).map(Cell.double)
        case .boolean: return JavaNumberParsing.parseBoolean(bytes).map(Cell.boolean)
        case .timestamp: return dateTime.parseTimestamp(bytes).map(Cell.int64)
        case .timestampNTZ: return wallClock.parseTimestamp(bytes).map(Cell.int64)
        case .time: return TimeOfDay.parse(String(decoding: bytes, as: UTF8.self)).map(Cell.int64)
        case .date: return SparkDateTimeParsing.parseDate(bytes, strict: false).map(Cell.int32)
        case .decimal(let p, let s):
            let text = String(decoding: bytes, as: UTF8.self)
            return DecimalCast.decimal(from: .string(text), precision: p, scale: s).map { Cell.decimal($0.unscaled) }
        case .null, .array, .binary, .structure, .map, .variant, .dayTimeInterval, .yearMonthInterval, .calendarInterval: return .null
        }
    }

    /// Appends the cell of data column `column` to `builder`.
    @inline(__always)
    func append(
        _ column: Int, to builder: inout ColumnBuilder, tokenizer: CSVTokenizer, buffer: UnsafeRawBufferPointer
    ) {
        switch cells[column] {
        case .null: builder.appendNull()
        case .int32(let v): builder.append(int32: v)
        case .int64(let v): builder.append(int64: v)
        case .double(let v): builder.append(double: v)
        case .boolean(let v): builder.append(boolean: v)
        case .decimal(let v): builder.append(unscaled: v)
        case .field(let index): tokenizer.withBytes(of: index, in: buffer) { builder.append(utf8: $0) }
        case .emptyValue: builder.append(utf8: emptyValue)
        }
    }

    /// The row as Spark prints it in a FAILFAST message: internal values (timestamps in microseconds, dates in
    /// days), `null` for missing or bad fields, e.g. `[3,1709719200000000,DE,tablet,null]`.
    func sparkRowText(tokenizer: CSVTokenizer, buffer: UnsafeRawBufferPointer) -> String {
        let parts = cells.indices.map { column -> String in
            switch cells[column] {
            case .null: return "null"
            case .int32(let v): return String(v)
            case .int64(let v): return String(v)
            case .double(let v): return JavaNumberText.double(v)
            case .boolean(let v): return String(v)
            case .decimal(let v):
                guard case .decimal(let p, let s) = types[column] else { return "null" }
                return DecimalValue(unscaled: v, precision: p, scale: s).plainText
            case .field(let index): return tokenizer.string(of: index, in: buffer) ?? "null"
            case .emptyValue: return options.emptyValue
            }
        }
        return "[" + parts.joined(separator: ",") + "]"
    }
}
