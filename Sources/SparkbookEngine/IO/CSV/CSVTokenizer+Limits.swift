/// Spark's CSV parser (univocity) keeps a record's fields in an array of `maxColumns` slots and a field's
/// characters in one of `maxCharsPerColumn`; a record past either fails the read with `MALFORMED_CSV_RECORD`
/// whatever the mode. Checked per line with integer compares on the field ranges: with the defaults (-1, 20480)
/// a line shorter than 20480 bytes needs one compare.
extension CSVTokenizer {
    /// Throws Spark's error when the last tokenized line, `buffer[line]`, is past the limits. A line tokenized
    /// with a smaller `limit` is tokenized again whole, since Spark's parser reads every field.
    public func checkLimits(_ buffer: UnsafeRawBufferPointer, _ line: Range<Int>, path: String?) throws {
        guard maxCharsPerColumn >= 0 || line.count >= maxColumns else { return }
        if truncated {
            var whole = self
            whole.tokenize(buffer, line)
            try whole.checkLimits(buffer, line, path: path)
            return
        }
        if fields.count > maxColumns {
            throw malformed(buffer, line, path: path, cause: "java.lang.ArrayIndexOutOfBoundsException - Index "
                + "\(maxColumns) out of bounds for length \(maxColumns)")
        }
        guard maxCharsPerColumn >= 0 else { return }
        for index in fields.indices where fields[index].count > maxCharsPerColumn {
            let chars = withBytes(of: index, in: buffer, Self.javaLength)
            if chars > maxCharsPerColumn {
                throw malformed(buffer, line, path: path, cause: "Length of parsed input (\(maxCharsPerColumn + 1)) "
                    + "exceeds the maximum number of characters defined in your parser settings (\(maxCharsPerColumn)).")
            }
        }
    }

    /// UTF-16 units of UTF-8 bytes: one per character, two for those past the Basic Multilingual Plane.
    static func javaLength(_ bytes: UnsafeRawBufferPointer) -> Int {
        var units = 0
        for byte in bytes where byte & 0xC0 != 0x80 { units += byte >= 0xF0 ? 2 : 1 }
        return units
    }

    /// Lines up to this many bytes are quoted whole in the error, as Spark does; longer ones are cut.
    static let quotedRecordBytes = 64 << 10

    private func malformed(_ buffer: UnsafeRawBufferPointer, _ line: Range<Int>, path: String?, cause: String) -> CSVError {
        let shown = line.count <= Self.quotedRecordBytes ? line : line.lowerBound..<(line.lowerBound + 1000)
        var text = String(decoding: UnsafeRawBufferPointer(rebasing: buffer[shown]), as: UTF8.self)
        if shown != line { text += "... (\(line.count) bytes)" }
        return CSVError(.malformedCSVRecord, "Malformed CSV record: " + text, path: path,
                        line: path == nil ? nil : CSVLineScanner.lineNumber(in: buffer, at: line.lowerBound), cause: cause)
    }
}
