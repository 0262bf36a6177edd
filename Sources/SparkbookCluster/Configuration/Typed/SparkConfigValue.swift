import Foundation
import SparkbookUtilities

/// A value that parsed: a number (for range checks) with Spark's rendering of it, or text.
enum SparkConfigValue: Hashable, Sendable {
    case number(Double, rendered: String)
    case text(String)

    var rendered: String {
        switch self {
        case .number(_, let rendered): rendered
        case .text(let text): text
        }
    }

    var number: Double? {
        if case .number(let value, _) = self { return value }
        return nil
    }
}
