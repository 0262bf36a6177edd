/// Which columns of a round-robin exchange's rows the stages reading it use. Spark's `ColumnPruning` moves a
/// projection of just those columns below `repartition(n)`, so its map tasks sort (and deal) rows by the hash
/// of the used columns only (`RoundRobinExchange`). Anything not modelled counts as using every column.
enum ExchangeColumnUse {
    /// The stages with each round-robin exchange told the columns its readers use (when not all of them).
    static func annotate(_ stages: [StagePlan]) -> [StagePlan] {
        var used: [Int: Set<Int>] = [:]
        for stage in stages {
            let all = Set(0..<stage.root.schema.count)
            let needed: Set<Int>
            switch stage.output {
            case .result, .exchange: needed = all
            case .shuffleWrite(_, let spec):
                let refs = (spec.keys + spec.calls.compactMap(\.input)).map(ColumnPruning.references)
                needed = refs.contains { $0 == nil } ? all : refs.reduce(into: Set<Int>()) { $0.formUnion($1!) }
            }
            collect(stage.root, needing: needed, into: &used)
        }
        return stages.map { stage in
            guard case .exchange(let handle, .roundRobin) = stage.output, let columns = used[handle.id],
                  columns.count < handle.schema.count else { return stage }
            return StagePlan(root: stage.root, output: .exchange(handle, .roundRobin(hashedColumns: columns.sorted())),
                             parents: stage.parents, name: stage.name)
        }
    }

    private static func collect(_ op: PhysicalOperator, needing: Set<Int>, into used: inout [Int: Set<Int>]) {
        let everything = { (child: PhysicalOperator) in Set(0..<child.schema.count) }
        func reading(_ expressions: [BoundExpression], _ child: PhysicalOperator) -> Set<Int> {
            let refs = expressions.map(ColumnPruning.references)
            return refs.contains { $0 == nil } ? everything(child) : refs.reduce(into: Set<Int>()) { $0.formUnion($1!) }
        }
        switch op {
        case .scan, .local: return
        case .shuffleRead(let h): used[h.id, default: []].formUnion(needing)
        case .project(let expressions, _, let child):
            collect(child, needing: reading(needing.filter(expressions.indices.contains).map { expressions[$0] }, child), into: &used)
        case .filter(let condition, let child):
            collect(child, needing: needing.union(reading([condition], child)), into: &used)
        case .limit(_, let child), .sample(_, let child):
            collect(child, needing: needing, into: &used)
        case .sort(let keys, let child):
            collect(child, needing: needing.union(reading(keys.map(\.expression), child)), into: &used)
        case .completeAggregate(let spec, let child):
            collect(child, needing: reading(spec.keys + spec.calls.compactMap(\.input), child), into: &used)
        case .concat(let children, _):
            for child in children { collect(child, needing: needing, into: &used) }
        case .windowGroupLimit(let spec, let child):
            collect(child, needing: needing.union(reading(spec.partitionKeys + spec.orderKeys.map(\.expression), child)), into: &used)
        case .finalAggregate, .hashJoin, .window, .generate:
            for child in op.children { collect(child, needing: everything(child), into: &used) }
        }
    }
}
