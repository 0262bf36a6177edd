import Foundation
import SparkbookEngine

/// What a DataFrame computes, apart from how its columns are named: `sameSemantics`, `semanticHash` and the
/// files it reads (`inputFiles`).
extension DataFrame {
    /// `df.sameSemantics(other)`: whether both resolved plans run the same operators over the same bound
    /// expressions and inputs; output names do not count (Spark compares canonicalized plans).
    public func sameSemantics(_ other: DataFrame) throws -> Bool {
        Self.canonical(try resolved()) == Self.canonical(try other.resolved())
    }

    /// `df.semanticHash()`: a hash of the same canonical form (Java's `String.hashCode` of it), so frames with
    /// the same semantics have the same hash within a run; not Spark's number.
    public func semanticHash() throws -> Int32 {
        Self.canonical(try resolved()).utf16.reduce(Int32(0)) { $0 &* 31 &+ Int32($1) }
    }

    /// `df.inputFiles()`: the files its scans read, as URIs, sorted and without repeats.
    public func inputFiles() throws -> [String] {
        var files = Set<String>()
        func walk(_ plan: ResolvedPlan) {
            switch plan.node {
            case .scan(let relation): files.formUnion(relation.scan.inputFiles)
            case .local(let relation): files.formUnion(relation.sourceFiles)
            default: break
            }
            plan.children.forEach(walk)
        }
        walk(try resolved())
        return files.sorted()
    }

    /// Whether any file its scans read is `folder` or inside it: what an overwrite of that folder would delete
    /// before reading.
    public func reads(under folder: String) throws -> Bool {
        let root = URL(fileURLWithPath: folder).standardizedFileURL.path
        return try inputFiles().contains { uri in
            let path = URL(string: uri)?.path ?? uri
            let file = URL(fileURLWithPath: path).standardizedFileURL.path
            return file == root || file.hasPrefix(root.hasSuffix("/") ? root : root + "/")
        }
    }

    /// The plan as text without its column names: operator, bound expressions, inputs, children.
    static func canonical(_ plan: ResolvedPlan) -> String {
        let children = plan.children.map(canonical).joined(separator: ", ")
        let types = plan.schema.fields.map(\.dataType.simpleString).joined(separator: ",")
        let operation: String
        switch plan.node {
        case .scan(let relation): operation = "scan \(relation.sourceName) \(relation.scan.explainText)"
        case .local(let relation):
            let rows = relation.partitions.map { batch in
                (0..<batch.rowCount).map { row in batch.columns.map { $0.value(at: row) } }
            }
            operation = "local \(rows) \(relation.sourceFiles)"
        case .project(let expressions, _): operation = "project \(expressions)"
        case .filter(let condition, _): operation = "filter \(condition)"
        case .subqueryAlias: operation = "alias"
        default: operation = Mirror(reflecting: plan.node).children.first?.label ?? "\(plan.node)"
        }
        return "\(operation) [\(types)] (\(children))"
    }
}
