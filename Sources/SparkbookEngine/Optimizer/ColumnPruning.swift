/// Column pruning for a stage's operator tree: the scan at the leaf reads only the columns the stage uses, as
/// Spark's `ColumnPruning` rule and the CSV source's `requiredSchema` do.
///
/// Works on the physical tree after binding: needed output ordinals flow down, each operator keeps what its
/// parent needs plus what its own expressions read, and bound expressions are renumbered on the way back up.
/// Anything it does not know (an operator or expression kind added later) keeps every column, so pruning is
/// never wrong, only sometimes absent.
enum ColumnPruning {
    /// The stage with its scan pruned to the columns its output (or its shuffle write's aggregate) needs.
    static func prune(_ stage: StagePlan) -> StagePlan {
        switch stage.output {
        case .result:
            let all = Set(0..<stage.root.schema.count)
            guard let (root, mapping) = prune(stage.root, needing: all), isIdentity(mapping, all) else { return stage }
            return StagePlan(root: root, output: .result, parents: stage.parents, name: stage.name)
        case .shuffleWrite(let handle, let spec):
            var needed = Set<Int>()
            for key in spec.keys {
                guard let refs = references(key) else { return stage }
                needed.formUnion(refs)
            }
            for call in spec.calls {
                guard let input = call.input else { continue }
                guard let refs = references(input) else { return stage }
                needed.formUnion(refs)
            }
            guard let (root, mapping) = prune(stage.root, needing: needed),
                  let keys = unwrapAll(spec.keys.map { renumber($0, mapping) }),
                  let calls = unwrapAll(spec.calls.map { call -> AggregateCall? in
                      guard let input = call.input else { return call }
                      return renumber(input, mapping).map { AggregateCall(function: call.function, input: $0) }
                  })
            else { return stage }
            let pruned = AggregateSpec(keys: keys, keyTypes: spec.keyTypes, calls: calls, output: spec.output,
                                       outputSchema: spec.outputSchema)
            return StagePlan(root: root, output: .shuffleWrite(handle, pruned), parents: stage.parents,
                             name: stage.name)
        case .exchange(_, let partitioning):
            // Exchanges move whole rows: the scan below reads what the rows written hold.
            if case .hash(let keys) = partitioning, keys.contains(where: { references($0) == nil }) { return stage }
            let all = Set(0..<stage.root.schema.count)
            guard let (root, mapping) = prune(stage.root, needing: all), isIdentity(mapping, all) else { return stage }
            return StagePlan(root: root, output: stage.output, parents: stage.parents, name: stage.name)
        }
    }

    /// Prunes `op` so it produces at least the outputs in `needed`; returns the new tree and where each needed
    /// old output ordinal now is. `nil` when the subtree cannot be pruned.
    static func prune(_ op: PhysicalOperator, needing needed: Set<Int>) -> (PhysicalOperator, [Int: Int])? {
        switch op {
        case .scan(let relation, let columns, _):
            let kept = needed.sorted()
            let newColumns = kept.map { columns[$0] }
            let schema = StructType(newColumns.map { relation.scan.schema[$0] })
            return (.scan(relation, columns: newColumns, schema: schema), positions(kept))
        case .project(let expressions, let schema, let child):
            let kept = needed.sorted()
            var childNeeded = Set<Int>()
            for index in kept {
                guard let refs = references(expressions[index]) else { return nil }
                childNeeded.formUnion(refs)
            }
            guard let (newChild, mapping) = prune(child, needing: childNeeded),
                  let rebound = unwrapAll(kept.map { renumber(expressions[$0], mapping) })
            else { return nil }
            let fields = kept.map { schema[$0] }
            return (.project(rebound, schema: StructType(fields), newChild), positions(kept))
        case .filter(let condition, let child):
            guard let refs = references(condition),
                  let (newChild, mapping) = prune(child, needing: needed.union(refs)),
                  let rebound = renumber(condition, mapping)
            else { return nil }
            return (.filter(rebound, newChild), mapping)
        case .windowGroupLimit(let spec, let child):
            let keys = spec.partitionKeys + spec.orderKeys.map(\.expression)
            guard let refs = unwrapAll(keys.map(references)),
                  let (newChild, mapping) = prune(child, needing: needed.union(refs.joined())),
                  let partition = unwrapAll(spec.partitionKeys.map { renumber($0, mapping) }),
                  let order = unwrapAll(spec.orderKeys.map { renumber($0.expression, mapping) })
            else { return nil }
            let pruned = WindowGroupLimitSpec(
                partitionKeys: partition, orderKeys: zip(order, spec.orderKeys).map { SortKey(expression: $0, direction: $1.direction) },
                function: spec.function, limit: spec.limit, mode: spec.mode)
            return (.windowGroupLimit(pruned, newChild), mapping)
        case .concat(let children, let schema):
            // Every child of a union yields exactly the needed columns in order (a projection where its own
            // pruning keeps others), so the union's columns stay aligned.
            let kept = needed.sorted()
            var pruned: [PhysicalOperator] = []
            for child in children {
                guard let (newChild, mapping) = prune(child, needing: needed) else { return nil }
                if mapping == positions(kept), newChild.schema.count == kept.count {
                    pruned.append(newChild)
                } else {
                    let columns = kept.map { BoundExpression.column(index: mapping[$0]!, type: child.schema[$0].dataType) }
                    pruned.append(.project(columns, schema: StructType(kept.map { child.schema[$0] }), newChild))
                }
            }
            return (.concat(pruned, schema: StructType(kept.map { schema[$0] })), positions(kept))
        default:
            // Leaves that are not scans, limits, and anything newer: keep every output as it is.
            let all = Array(0..<op.schema.count)
            return (op, Dictionary(uniqueKeysWithValues: all.map { ($0, $0) }))
        }
    }

    /// The input ordinals an expression reads; `nil` for an expression kind this file does not know.
    static func references(_ expression: BoundExpression) -> Set<Int>? {
        switch expression {
        case .column(let index, _): return [index]
        case .literal: return []
        case .unary(_, let inner, _), .cast(let inner, _): return references(inner)
        case .binary(_, let left, let right, _):
            guard let l = references(left), let r = references(right) else { return nil }
            return l.union(r)
        case .function(_, let arguments):
            var all = Set<Int>()
            for argument in arguments {
                guard let refs = references(argument) else { return nil }
                all.formUnion(refs)
            }
            return all
        }
    }

    /// The expression with column ordinals moved by `mapping`; `nil` if a column is missing from it.
    static func renumber(_ expression: BoundExpression, _ mapping: [Int: Int]) -> BoundExpression? {
        switch expression {
        case .column(let index, let type): return mapping[index].map { .column(index: $0, type: type) }
        case .literal: return expression
        case .unary(let op, let inner, let type): return renumber(inner, mapping).map { .unary(op, $0, type: type) }
        case .cast(let inner, let type): return renumber(inner, mapping).map { .cast($0, type) }
        case .binary(let op, let left, let right, let type):
            guard let l = renumber(left, mapping), let r = renumber(right, mapping) else { return nil }
            return .binary(op, l, r, type: type)
        case .function(let function, let arguments):
            var renumbered: [BoundExpression] = []
            for argument in arguments {
                guard let r = renumber(argument, mapping) else { return nil }
                renumbered.append(r)
            }
            return .function(function, renumbered)
        }
    }

    private static func positions(_ kept: [Int]) -> [Int: Int] {
        Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($0.element, $0.offset) })
    }

    private static func isIdentity(_ mapping: [Int: Int], _ all: Set<Int>) -> Bool {
        all.allSatisfy { mapping[$0] == $0 }
    }
}

/// The unwrapped elements when none is `nil`.
private func unwrapAll<T>(_ values: [T?]) -> [T]? {
    var out: [T] = []
    out.reserveCapacity(values.count)
    for value in values {
        guard let value else { return nil }
        out.append(value)
    }
    return out
}
