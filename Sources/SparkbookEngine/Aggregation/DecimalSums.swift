/// Running decimal sums per group for `sum` and `avg` of a decimal column, exact in `Int128` at the input's
/// scale. `sum` checks every running total against its result type (`decimal(p+10, s)`), as Spark's ANSI
/// `Add` does; `avg` only divides at the end, into `decimal(p+4, s+4)`.
struct DecimalSums: Sendable {
    /// The type of the running sum (`sum`'s result type, and `avg`'s partial sum).
    let sumPrecision: Int
    let scale: Int
    /// Whether every running total must fit `sumPrecision` (sum), or only the end result matters (avg).
    let checksRunningTotal: Bool
    /// `try_sum`/`try_avg`: a group whose sum leaves its type is null instead of an error.
    let tolerant: Bool
    private(set) var sums: [Int128] = []
    private var overflowed: [Bool] = []

    init(input: (precision: Int, scale: Int), checksRunningTotal: Bool, tolerant: Bool = false) {
        guard case .decimal(let p, let s) = DecimalPrecision.sum(input.precision, input.scale) else {
            preconditionFailure("the sum of a decimal is a decimal")
        }
        sumPrecision = p
        scale = s
        self.checksRunningTotal = checksRunningTotal
        self.tolerant = tolerant
    }

    var sumType: DataType { .decimal(precision: sumPrecision, scale: scale) }

    mutating func addGroup() {
        sums.append(0)
        overflowed.append(false)
    }

    /// Adds an unscaled value (at `scale`) to a group's sum.
    mutating func add(_ value: Int128, to group: Int) throws {
        guard !overflowed[group] else { return }
        let (total, wrapped) = sums[group].addingReportingOverflow(value)
        let outOfRange = wrapped || (checksRunningTotal && total.magnitude >= DecimalValue.power10(sumPrecision).magnitude)
        if outOfRange && tolerant {
            overflowed[group] = true
            return
        }
        if wrapped {
            let exact = WideInteger(sums[group]) + WideInteger(value)
            throw DecimalCast.outOfRange(DecimalValue.plainText(exact, scale: scale), precision: sumPrecision, scale: scale)
        }
        if checksRunningTotal, total.magnitude >= DecimalValue.power10(sumPrecision).magnitude {
            throw DecimalCast.outOfRange(DecimalValue.plainText(WideInteger(total), scale: scale),
                                         precision: sumPrecision, scale: scale)
        }
        sums[group] = total
    }

    /// Folds every valid row of a decimal column (at `scale`) into its group.
    mutating func add(_ column: ColumnVector, rowCount: Int, groupIds: [Int], counts: inout [Int64], seen: inout [Bool]) throws {
        guard case .int128(let values) = column.storage else { return }
        for row in 0..<rowCount where !column.isNull(row) {
            let g = groupIds[row]
            try add(values[row], to: g)
            counts[g] += 1
            seen[g] = true
        }
    }

    func sum(of group: Int) -> Value {
        overflowed[group] ? .null : .decimal(DecimalValue(unscaled: sums[group], precision: sumPrecision, scale: scale))
    }

    /// `sum / count`, rounded half-up into `avg`'s result type.
    func average(of group: Int, count: Int64, into type: DataType) throws -> Value {
        guard case .decimal(let p, let s) = type, count > 0, !overflowed[group] else { return .null }
        do {
            return try DecimalArithmetic.apply(.divide, sum(of: group), .long(count), precision: p, scale: s)
        } catch where tolerant {
            return .null
        }
    }
}
