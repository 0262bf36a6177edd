import Foundation

enum NSRegularExpressionEscape {
    static func escape(_ s: String) -> String { NSRegularExpression.escapedPattern(for: s) }
}
