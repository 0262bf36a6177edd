import Foundation

/// Thrown by a read whose sampled schema met a value that does not fit it; see `CSVSampleCheck`.
public struct CSVSampleMisfit: Error, Sendable, CustomStringConvertible {
    public let path: String
    public var description: String { "a value in \(path) does not fit the schema inferred from a sample" }
}
