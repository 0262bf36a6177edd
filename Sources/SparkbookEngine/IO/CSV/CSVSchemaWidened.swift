import Foundation

/// Thrown to the query's caller once the scan has widened its schema: plan the query again and rerun it.
public struct CSVSchemaWidened: Error, Sendable, CustomStringConvertible {
    public let description = "the inferred CSV schema was widened after a full inference; re-plan the query"
    public init() {}
}
