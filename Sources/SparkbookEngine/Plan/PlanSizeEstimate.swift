/// Spark's size-only statistics (`SizeInBytesOnlyStatsPlanVisitor`) for a built operator tree, which decide
/// whether a join side may be broadcast. A file scan is its files' size; an operator that changes the columns
/// scales its input by the ratio of row sizes (`EstimationUtils.getSizePerRow`: 8 bytes plus each column's
/// default size); rows held in memory are of unknown size (nil), as an RDD's are.
struct PlanSizeEstimate {
    let stages: [StagePlan]

    func size(_ op: PhysicalOperator) -> Int? {
        switch op {
        case .scan(let relation, _, let schema):
            var total = 0
            for p in 0..<relation.scan.partitionCount {
                guard let bytes = relation.scan.inputBytes(partition: p) else { return nil }
                total += bytes
            }
            return Self.scaled(total, to: schema, from: relation.scan.schema)
        case .local, .cachedScan: return nil
        case .shuffleRead(let handle):
            guard let stage = stages.first(where: { $0.writes(handle.id) }) else { return nil }
            return Self.scaled(size(stage.root), to: handle.schema, from: stage.root.schema)
        case .finalAggregate(let spec, let child), .completeAggregate(let spec, let child):
            // The partial schema of the shuffle holds the keys and states; the output is what a join sees.
            if spec.keyTypes.isEmpty { return Self.rowSize(spec.outputSchema) }
            return Self.scaled(size(child), to: spec.outputSchema, from: child.schema)
        case .hashJoin(let spec, let l, let r):
            if !spec.type.keepsRightColumns { return size(l) }
            guard let a = size(l), let b = size(r) else { return nil }
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? nil : product
        case .concat(let children, _):
            var total = 0
            for child in children { guard let s = size(child) else { return nil }; total += s }
            return total
        default:
            guard let child = op.children.first else { return nil }
            return Self.scaled(size(child), to: op.schema, from: child.schema)
        }
    }

    /// `size` scaled from rows of `from` to rows of `to`, rounded down like Spark's integer division.
    static func scaled(_ size: Int?, to: StructType, from: StructType) -> Int? {
        guard let size else { return nil }
        return size * rowSize(to) / rowSize(from)
    }

    /// 8 bytes of row overhead plus each column's default size.
    static func rowSize(_ schema: StructType) -> Int {
        8 + schema.fields.reduce(0) { $0 + defaultSize($1.dataType) }
    }

    /// Spark's `DataType.defaultSize`.
    static func defaultSize(_ type: DataType) -> Int {
        switch type {
        case .integer, .date, .float, .yearMonthInterval: 4
        case .long, .double, .timestamp, .timestampNTZ, .dayTimeInterval, .time: 8
        case .calendarInterval: 16
        case .byte, .boolean, .null: 1
        case .short: 2
        case .string: 20
        case .binary: 100
        case .decimal(let precision, _): precision <= 18 ? 8 : 16
        case .array(let element, _): defaultSize(element)
        case .structure(let s): s.fields.reduce(0) { $0 + defaultSize($1.dataType) }
        case .map(let k, let v, _): defaultSize(k) + defaultSize(v)
        case .variant: 2048
        }
    }
}

extension StagePlan {
    /// Whether this stage's output is shuffle `id`.
    func writes(_ id: Int) -> Bool {
        switch output {
        case .shuffleWrite(let handle, _), .exchange(let handle, _): handle.id == id
        case .result: false
        }
    }
}
