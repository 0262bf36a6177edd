/// `AND`, `OR`, `NOT`, `IS [NOT] NULL` over boolean buffers, with SQL's three-valued logic (`NULL AND false`
/// is false, `NULL OR true` is true). Spark never evaluates the right side of `AND`/`OR` for a row the left
/// decides, so `b != 0 AND a / b > 1` cannot fail: a right side that cannot raise is computed for every row
/// (cheaper than picking rows), any other only over the rows the left leaves undecided.
enum VectorLogic {
    static func combine(_ op: BinaryOperator, _ l: BoundExpression, _ r: BoundExpression, of batch: RecordBatch)
        throws -> ColumnVector {
        let count = batch.rowCount
        let left = truth(try l.vectorValue(batch), count: count)
        // The value that decides the result on its own: false for AND, true for OR.
        let decisive = op == .or
        let right: (values: [Bool], validity: ValidityMask?)
        if r.cannotRaise {
            right = truth(try r.vectorValue(batch), count: count)
        } else {
            let open = (0..<count).filter { left.validity?.isValid($0) == false || left.values[$0] != decisive }
            if open.isEmpty { return column(left) }
            if open.count == count {
                right = truth(try r.vectorValue(batch), count: count)
            } else {
                let part = truth(try r.vectorValue(batch.selecting(open, reading: r.columnIndices)), count: open.count)
                var values = [Bool](repeating: false, count: count)
                var validity = ValidityMask(allValid: count)
                for (k, row) in open.enumerated() {
                    values[row] = part.values[k]
                    if part.validity?.isValid(k) == false { validity.setNull(row) }
                }
                right = (values, validity.withoutNulls ? nil : validity)
            }
        }
        if left.validity == nil, right.validity == nil {
            let a = Lane.each(left.values), b = Lane.each(right.values)
            let values = if decisive { Lane.map(a, b, count: count) { $0 || $1 } } else { Lane.map(a, b, count: count) { $0 && $1 } }
            return ColumnVector(dataType: .boolean, storage: .boolean(values), validity: nil)
        }
        var values = [Bool](repeating: false, count: count)
        var validity = ValidityMask(allValid: count)
        for row in 0..<count {
            let lValid = left.validity?.isValid(row) ?? true, rValid = right.validity?.isValid(row) ?? true
            let a = left.values[row], b = right.values[row]
            if (lValid && a == decisive) || (rValid && b == decisive) {
                values[row] = decisive
            } else if lValid && rValid {
                values[row] = !decisive
            } else {
                validity.setNull(row)
            }
        }
        return ColumnVector(dataType: .boolean, storage: .boolean(values), validity: validity.withoutNulls ? nil : validity)
    }

    /// `NOT x`: the values flipped, nulls kept.
    static func not(_ x: VectorValue, count: Int) -> ColumnVector {
        let (truths, validity) = truth(x, count: count)
        var values = truths
        for row in values.indices { values[row].toggle() }
        values.clearNulls(validity)
        return ColumnVector(dataType: .boolean, storage: .boolean(values), validity: validity)
    }

    /// `x IS NULL` / `x IS NOT NULL`: the operand's validity read, never its values; never null.
    static func isNull(_ x: VectorValue, null: Bool, count: Int) -> ColumnVector {
        let values: [Bool] = switch x {
        case .scalar(let one): Array(repeating: one.isNull(0) == null, count: count)
        case .column(let c): (0..<count).map { c.isNull($0) == null }
        }
        return ColumnVector(dataType: .boolean, storage: .boolean(values), validity: nil)
    }

    /// A boolean operand as values and nulls for `count` rows (a value of another type reads as null, as the
    /// scalar rules read it).
    private static func truth(_ x: VectorValue, count: Int) -> (values: [Bool], validity: ValidityMask?) {
        if case .boolean = x.dataType, let lane = x.booleans {
            switch lane {
            case .each(let v): return (v, x.validity)
            case .all(let b): return (Array(repeating: b, count: count), x.isNullScalar && count > 0 ? ValidityMask(allNull: count) : nil)
            }
        }
        var values = [Bool](repeating: false, count: count)
        var validity = ValidityMask(allValid: count)
        for row in 0..<count {
            if case .boolean(let b) = x.value(at: row) { values[row] = b } else { validity.setNull(row) }
        }
        return (values, validity.withoutNulls ? nil : validity)
    }

    private static func column(_ x: (values: [Bool], validity: ValidityMask?)) -> ColumnVector {
        var values = x.values
        values.clearNulls(x.validity)
        return ColumnVector(dataType: .boolean, storage: .boolean(values), validity: x.validity)
    }
}
