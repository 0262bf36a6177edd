import Foundation
import SparkbookUtilities

/// One CSV line per row, quoting as Spark's univocity writer does (quote `"`, escape `\`).
public struct CSVLineEncoder: Sendable {
    public let separator: String
    public let quote: String
    public let escape: String
    public let nullValue: String
    public let sessionTimeZone: String
    public let formats: WriterDateFormats

    public init(separator: String = ",", quote: String = "\"", escape: String = "\\", nullValue: String = "",
                sessionTimeZone: String = "UTC", formats: WriterDateFormats = .init()) {
        self.formats = formats
        self.separator = separator
        self.quote = quote
        self.escape = escape
        self.nullValue = nullValue
        self.sessionTimeZone = sessionTimeZone
    }

    public func line(_ values: [Value]) -> String {
        values.map { value -> String in
            if value.isNull { return nullValue }
            return field(WriterValueText.text(value, sessionTimeZone: sessionTimeZone, formats: formats))
        }.joined(separator: separator)
    }

    public func field(_ text: String) -> String {
        if text.isEmpty { return quote + quote }
        let needsQuotes = text.contains(separator) || text.contains(quote) || text.contains("\n") || text.contains("\r")
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return quote + text.replacingOccurrences(of: quote, with: escape + quote) + quote
    }
}
