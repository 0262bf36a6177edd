import Foundation
import SparkbookUtilities

/// The writers' `timestampFormat` and `dateFormat` options (Java patterns); nil keeps Spark's defaults.
public struct WriterDateFormats: Sendable {
    let timestamp: DateTimePattern?
    let date: DateTimePattern?

    public init(timestampFormat: String? = nil, dateFormat: String? = nil) throws {
        timestamp = try timestampFormat.map(DateTimePattern.init)
        date = try dateFormat.map(DateTimePattern.init)
    }

    public init() {
        timestamp = nil
        date = nil
    }
}
