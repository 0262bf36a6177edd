/// Rebuilds a top-level column from its leaves' levels (Dremel's record assembly): a flat column scatters its
/// values by definition level; nested columns (structs, lists, maps) are rebuilt row by row from the
/// repetition and definition levels of every leaf below them.
struct ParquetRecordAssembler {
    /// One leaf's levels and its non-null values (as a column of its Spark type), with read positions.
    final class LeafStream {
        let leaf: ParquetLeaf
        let chunk: ParquetColumnChunkReader.Chunk
        let values: ColumnVector
        var level = 0
        var value = 0

        init(leaf: ParquetLeaf, chunk: ParquetColumnChunkReader.Chunk, values: ColumnVector) {
            self.leaf = leaf
            self.chunk = chunk
            self.values = values
        }

        var definition: Int { leaf.maxDefinition == 0 ? 0 : Int(chunk.definitionLevels[level]) }
        var repetition: Int { leaf.maxRepetition == 0 || level >= chunk.repetitionLevels.count ? 0 : Int(chunk.repetitionLevels[level]) }
        var atEnd: Bool { level >= chunk.levelCount }
    }

    /// A flat top-level leaf: its values placed at the rows whose definition level is the maximum.
    static func flat(_ stream: LeafStream, rows: Int) -> ColumnVector {
        let dense = stream.values
        guard stream.leaf.maxDefinition > 0 else { return dense }
        let levels = stream.chunk.definitionLevels
        let top = Int32(stream.leaf.maxDefinition)
        if dense.count == rows { return dense }
        var positions = [Int32](repeating: -1, count: rows)
        var next: Int32 = 0
        for row in 0..<rows where levels[row] == top {
            positions[row] = next
            next += 1
        }
        return dense.gather(padded: positions)
    }

    /// A nested top-level column, row by row.
    static func nested(_ node: ParquetSchemaNode, type: DataType, streams: [Int: LeafStream], rows: Int) throws -> ColumnVector {
        var builder = ColumnBuilder(type: type, capacity: rows)
        for _ in 0..<rows {
            builder.append(try read(node, type: type, def: 0, rep: 0, streams: streams))
        }
        return builder.finish()
    }

    /// The first leaf of a node: the one whose levels say whether the node is null or its list goes on.
    private static func first(_ node: ParquetSchemaNode, _ streams: [Int: LeafStream]) throws -> LeafStream {
        guard let leaf = node.leaves.first, let s = streams[leaf.column] else {
            throw ParquetError("no column chunk for \(node.name)")
        }
        guard !s.atEnd else { throw ParquetError("column \(leaf.path.joined(separator: ".")) has fewer levels than rows") }
        return s
    }

    /// Skips one entry in every leaf below `node` (a null or empty instance: each leaf has exactly one entry).
    private static func skip(_ node: ParquetSchemaNode, _ streams: [Int: LeafStream]) {
        for leaf in node.leaves {
            guard let s = streams[leaf.column] else { continue }
            if s.definition == leaf.maxDefinition { s.value += 1 }
            s.level += 1
        }
    }

    /// One instance of `node` whose parent is defined at `def` and repeats at `rep`.
    private static func read(_ node: ParquetSchemaNode, type: DataType, def parentDef: Int, rep parentRep: Int,
                             streams: [Int: LeafStream]) throws -> Value {
        let repetition = node.element.repetition ?? .required
        let def = parentDef + (repetition == .required ? 0 : 1)
        let head = try first(node, streams)
        if repetition == .repeated {
            // A bare repeated field (no LIST annotation): an array of its instances.
            guard case .array(let elementType, _) = type else { throw ParquetError("repeated field \(node.name) read as \(type.simpleString)") }
            let rep = parentRep + 1
            if head.definition < def { skip(node, streams); return .array([]) }
            var items: [Value] = []
            repeat {
                items.append(try instance(node, type: elementType, def: def, rep: rep, streams: streams))
            } while (try first(node, streams, orNil: true))?.repetitionContinues(rep) == true
            return .array(items)
        }
        if head.definition < def { skip(node, streams); return .null }
        return try instance(node, type: type, def: def, rep: parentRep, streams: streams)
    }

    /// The node's value once it is known to be defined (at `def`).
    private static func instance(_ node: ParquetSchemaNode, type: DataType, def: Int, rep: Int,
                                 streams: [Int: LeafStream]) throws -> Value {
        switch node {
        case .leaf(let leaf):
            guard let s = streams[leaf.column] else { throw ParquetError("no column chunk for \(leaf.path.joined(separator: "."))") }
            defer { s.level += 1 }
            if s.definition == leaf.maxDefinition {
                defer { s.value += 1 }
                return s.values.value(at: s.value)
            }
            return .null
        case .group(let e, let children):
            if e.logicalType == .list || e.convertedType == .list || e.logicalType == .map || e.convertedType == .map
                || e.convertedType == .mapKeyValue {
                // The repeated child holds the entries: an empty list or map stops at the group's own level.
                let repeated = children[0]
                let head = try first(node, streams)
                let entryDef = def + 1, entryRep = rep + 1
                if head.definition < entryDef { skip(node, streams); return type.isMapType ? .map(keys: [], values: []) : .array([]) }
                var items: [Value] = []
                var keys: [Value] = [], values: [Value] = []
                repeat {
                    switch (type, repeated) {
                    case (.map(let kt, let vt, _), .group(_, let kv)) where kv.count == 2:
                        keys.append(try read(kv[0], type: kt, def: entryDef, rep: entryRep, streams: streams))
                        values.append(try read(kv[1], type: vt, def: entryDef, rep: entryRep, streams: streams))
                    case (.array(let et, _), _) where ParquetSparkTypes.listElement(e, repeated) != nil:
                        items.append(try read(ParquetSparkTypes.listElement(e, repeated)!, type: et, def: entryDef, rep: entryRep, streams: streams))
                    case (.array(let et, _), _):
                        items.append(try instance(repeated, type: et, def: entryDef, rep: entryRep, streams: streams))
                    default:
                        throw ParquetError("column \(e.name) has a layout Sparkbook cannot read as \(type.simpleString)")
                    }
                } while (try first(node, streams, orNil: true))?.repetitionContinues(entryRep) == true
                return type.isMapType ? .map(keys: keys, values: values) : .array(items)
            }
            guard case .structure(let s) = type, s.count == children.count else {
                throw ParquetError("group \(e.name) read as \(type.simpleString)")
            }
            let fields = try zip(children, s.fields).map { try read($0, type: $1.dataType, def: def, rep: rep, streams: streams) }
            return .structure(names: s.names, values: fields)
        }
    }

    private static func first(_ node: ParquetSchemaNode, _ streams: [Int: LeafStream], orNil: Bool) throws -> LeafStream? {
        guard let leaf = node.leaves.first, let s = streams[leaf.column], !s.atEnd else { return nil }
        return s
    }
}

extension ParquetRecordAssembler.LeafStream {
    /// Whether the next entry is another element of the list that repeats at `rep`.
    func repetitionContinues(_ rep: Int) -> Bool { !atEnd && repetition >= rep }
}

extension DataType {
    var isMapType: Bool { if case .map = self { true } else { false } }
}
