/// A Parquet schema as a tree (the footer stores it flattened, depth first), with each leaf's column index and
/// its maximum definition and repetition levels.
indirect enum ParquetSchemaNode: Sendable {
    case leaf(ParquetLeaf)
    case group(element: ParquetSchemaElement, children: [ParquetSchemaNode])

    var element: ParquetSchemaElement {
        switch self {
        case .leaf(let l): l.element
        case .group(let e, _): e
        }
    }

    var name: String { element.name }

    /// The tree of `elements` (the first is the root). Leaves are numbered in order, as column chunks are.
    static func tree(_ elements: [ParquetSchemaElement]) throws -> [ParquetSchemaNode] {
        guard let root = elements.first else { throw ParquetError("the footer has an empty schema") }
        var index = 1, leaf = 0
        func children(_ count: Int, _ path: [String], def: Int, rep: Int) throws -> [ParquetSchemaNode] {
            var out: [ParquetSchemaNode] = []
            for _ in 0..<count {
                guard index < elements.count else { throw ParquetError("the footer's schema has fewer elements than its groups claim") }
                let e = elements[index]
                index += 1
                let repetition = e.repetition ?? .required
                let d = def + (repetition == .required ? 0 : 1)
                let r = rep + (repetition == .repeated ? 1 : 0)
                if let n = e.childCount, e.type == nil || n > 0 {
                    out.append(.group(element: e, children: try children(Int(n), path + [e.name], def: d, rep: r)))
                } else {
                    guard let type = e.type else { throw ParquetError("schema element \(e.name) has neither a type nor children") }
                    out.append(.leaf(ParquetLeaf(element: e, type: type, path: path + [e.name], column: leaf,
                                                 maxDefinition: d, maxRepetition: r)))
                    leaf += 1
                }
            }
            return out
        }
        return try children(Int(root.childCount ?? 0), [], def: 0, rep: 0)
    }

    /// Every leaf below this node, in column order.
    var leaves: [ParquetLeaf] {
        switch self {
        case .leaf(let l): [l]
        case .group(_, let children): children.flatMap(\.leaves)
        }
    }
}

/// One leaf column of the schema: where its chunks are (`column`), how its values are stored and its levels.
struct ParquetLeaf: Sendable {
    let element: ParquetSchemaElement
    let type: ParquetPhysicalType
    let path: [String]
    let column: Int
    let maxDefinition: Int
    let maxRepetition: Int

    var typeLength: Int { Int(element.typeLength ?? 0) }
}
