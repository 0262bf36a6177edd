import Foundation
import SparkbookUtilities

/// How a `.choice` value is normalised before it is compared (Spark's `.transform(_.toUpperCase(...))`).
public enum SparkConfigChoiceCase: Hashable, Sendable {
    case upper, lower, exact

    func apply(_ text: String) -> String {
        switch self {
        case .upper: text.uppercased()
        case .lower: text.lowercased()
        case .exact: text
        }
    }
}
