/// Running central moments per group in flat arrays, with Spark's exact update, merge and evaluation
/// expressions (`CentralMomentAgg` for stddev/variance; `Covariance` and `PearsonCorrelation` for covar/corr),
/// so results agree with Spark's to the last bit. Both aggregation steps and both paths (typed and general) fold
/// into this one implementation.
///
/// Fields, all doubles starting at 0, as Spark's buffers: `(n, avg, m2)` for one column; `(n, xAvg, yAvg, ck)`
/// for a covariance; `(n, xAvg, yAvg, ck, xMk, yMk)` for a correlation; `(n, avg, m2, m3, m4)` for the moments
/// of order 3 and 4 (`skewness`, `kurtosis`). The `regr_*` statistics are these buffers over their pairs, as
/// Spark defines them: `regr_sxx`/`regr_syy` a variance's `m2`, `regr_sxy` a covariance's `ck`, `regr_r2` a
/// correlation's.
struct MomentStates: Sendable {
    enum Kind: Sendable, Equatable {
        case variance, covariance, correlation, fourthMoment

        var fieldCount: Int {
            switch self {
            case .variance: 3
            case .covariance: 4
            case .correlation: 6
            case .fourthMoment: 5
            }
        }
    }

    let kind: Kind
    let width: Int
    /// `width` fields per group, side by side: `values[g * width + field]`.
    private(set) var values: [Double] = []

    init(kind: Kind) {
        self.kind = kind
        width = kind.fieldCount
    }

    init?(function: AggregateFunction) {
        switch function.semantics {
        case .stddev, .stddevPop, .variance, .variancePop: self.init(kind: .variance)
        case .covarSamp, .covarPop: self.init(kind: .covariance)
        case .corr, .regrR2: self.init(kind: .correlation)
        case .skewness, .kurtosis: self.init(kind: .fourthMoment)
        case .regrSxx, .regrSyy: self.init(kind: .variance)
        case .regrSxy: self.init(kind: .covariance)
        default: return nil
        }
    }

    var groupCount: Int { values.count / width }
    var estimatedBytes: Int { values.capacity * MemoryLayout<Double>.stride }

    mutating func addGroups(upTo n: Int) {
        guard groupCount < n else { return }
        values.append(contentsOf: repeatElement(0, count: (n - groupCount) * width))
    }

    /// Folds `rows` inputs (skipping invalid ones) into their groups `ids[row]`, as Spark's `updateExpressions`.
    mutating func update(rows: Int, ids: UnsafePointer<Int32>, x: UnsafePointer<Double>, valid: UnsafePointer<Bool>) {
        precondition(kind == .variance || kind == .fourthMoment, "two-column statistics read two inputs")
        if kind == .fourthMoment { return updateFourthMoment(rows: rows, ids: ids, x: x, valid: valid) }
        values.withUnsafeMutableBufferPointer { v in
            for row in 0..<rows where valid[row] {
                let b = Int(ids[row]) &* 3
                let newN = v[b] + 1.0
                let delta = x[row] - v[b + 1]
                let deltaN = delta / newN
                v[b + 1] = v[b + 1] + deltaN
                v[b + 2] = v[b + 2] + delta * (delta - deltaN)
                v[b] = newN
            }
        }
    }

    /// `CentralMomentAgg`'s update of order 4: each higher moment from the already updated lower ones.
    private mutating func updateFourthMoment(rows: Int, ids: UnsafePointer<Int32>, x: UnsafePointer<Double>,
                                             valid: UnsafePointer<Bool>) {
        values.withUnsafeMutableBufferPointer { v in
            for row in 0..<rows where valid[row] {
                let b = Int(ids[row]) &* 5
                let newN = v[b] + 1.0
                let delta = x[row] - v[b + 1]
                let deltaN = delta / newN
                let newM2 = v[b + 2] + delta * (delta - deltaN)
                let delta2 = delta * delta, deltaN2 = deltaN * deltaN
                let newM3 = v[b + 3] - 3.0 * deltaN * newM2 + delta * (delta2 - deltaN2)
                let newM4 = v[b + 4] - 4.0 * deltaN * newM3 - 6.0 * deltaN2 * newM2
                    + delta * (delta * delta2 - deltaN * deltaN2)
                v[b] = newN; v[b + 1] = v[b + 1] + deltaN; v[b + 2] = newM2; v[b + 3] = newM3; v[b + 4] = newM4
            }
        }
    }

    /// Folds `rows` pairs (skipping rows where either is invalid) into their groups.
    mutating func update(rows: Int, ids: UnsafePointer<Int32>, x: UnsafePointer<Double>, xValid: UnsafePointer<Bool>,
                         y: UnsafePointer<Double>, yValid: UnsafePointer<Bool>) {
        let correlation = kind == .correlation, width = self.width
        values.withUnsafeMutableBufferPointer { v in
            for row in 0..<rows where xValid[row] && yValid[row] {
                let b = Int(ids[row]) &* width, xv = x[row], yv = y[row]
                let newN = v[b] + 1.0
                let dx = xv - v[b + 1]
                let dy = yv - v[b + 2]
                let dyN = dy / newN
                if correlation {
                    let newXAvg = v[b + 1] + dx / newN
                    let newYAvg = v[b + 2] + dyN
                    v[b + 3] = v[b + 3] + dx * (yv - newYAvg)
                    v[b + 4] = v[b + 4] + dx * (xv - newXAvg)
                    v[b + 5] = v[b + 5] + dy * (yv - newYAvg)
                    v[b + 1] = newXAvg; v[b + 2] = newYAvg
                } else {
                    let newXAvg = v[b + 1] + dx / newN
                    let newYAvg = v[b + 2] + dyN
                    v[b + 3] = v[b + 3] + dx * (yv - newYAvg)
                    v[b + 1] = newXAvg; v[b + 2] = newYAvg
                }
                v[b] = newN
            }
        }
    }

    /// Spark's `mergeExpressions`: folds partial buffers (`partials[field][row]`) into their groups, in row order.
    mutating func merge(rows: Int, ids: UnsafePointer<Int32>, partials: [UnsafePointer<Double>]) {
        let kind = self.kind, width = self.width
        values.withUnsafeMutableBufferPointer { v in
            for row in 0..<rows {
                let b = Int(ids[row]) &* width
                let n1 = v[b], n2 = partials[0][row]
                let newN = n1 + n2
                switch kind {
                case .variance:
                    let delta = partials[1][row] - v[b + 1]
                    let deltaN = newN == 0.0 ? 0.0 : delta / newN
                    v[b + 1] = v[b + 1] + deltaN * n2
                    v[b + 2] = v[b + 2] + partials[2][row] + delta * deltaN * n1 * n2
                case .fourthMoment:
                    let m2a = v[b + 2], m3a = v[b + 3]
                    let m2b = partials[2][row], m3b = partials[3][row]
                    let delta = partials[1][row] - v[b + 1]
                    let deltaN = newN == 0.0 ? 0.0 : delta / newN
                    v[b + 1] = v[b + 1] + deltaN * n2
                    v[b + 2] = m2a + m2b + delta * deltaN * n1 * n2
                    v[b + 3] = m3a + m3b + deltaN * deltaN * delta * n1 * n2 * (n1 - n2)
                        + 3.0 * deltaN * (n1 * m2b - n2 * m2a)
                    v[b + 4] = v[b + 4] + partials[4][row]
                        + deltaN * deltaN * deltaN * delta * n1 * n2 * (n1 * n1 - n1 * n2 + n2 * n2)
                        + 6.0 * deltaN * deltaN * (n1 * n1 * m2b + n2 * n2 * m2a)
                        + 4.0 * deltaN * (n1 * m3b - n2 * m3a)
                case .covariance, .correlation:
                    let dx = partials[1][row] - v[b + 1]
                    let dxN = newN == 0.0 ? 0.0 : dx / newN
                    let dy = partials[2][row] - v[b + 2]
                    let dyN = newN == 0.0 ? 0.0 : dy / newN
                    v[b + 1] = v[b + 1] + dxN * n2
                    v[b + 2] = v[b + 2] + dyN * n2
                    v[b + 3] = v[b + 3] + partials[3][row] + dx * dyN * n1 * n2
                    if kind == .correlation {
                        v[b + 4] = v[b + 4] + partials[4][row] + dx * dxN * n1 * n2
                        v[b + 5] = v[b + 5] + partials[5][row] + dy * dyN * n1 * n2
                    }
                }
                v[b] = newN
            }
        }
    }

    /// Spark's `evaluateExpression` of `function` for group `g`; nil is SQL null (Spark 4 returns null, not NaN,
    /// where a sample statistic of one row would divide by zero).
    func result(_ function: AggregateFunction, _ g: Int) -> Double? {
        let b = g * width, n = values[b]
        guard n != 0.0 else { return nil }
        switch function.semantics {
        case .stddevPop: return (values[b + 2] / n).squareRoot()
        case .variancePop: return values[b + 2] / n
        case .stddev: return n == 1.0 ? nil : (values[b + 2] / (n - 1.0)).squareRoot()
        case .variance: return n == 1.0 ? nil : values[b + 2] / (n - 1.0)
        case .covarPop: return values[b + 3] / n
        case .covarSamp: return n == 1.0 ? nil : values[b + 3] / (n - 1.0)
        case .corr: return n == 1.0 ? nil : values[b + 3] / (values[b + 4] * values[b + 5]).squareRoot()
        // Spark 4 returns null where these would divide by zero.
        case .skewness:
            let m2 = values[b + 2]
            return m2 == 0.0 ? nil : n.squareRoot() * values[b + 3] / (m2 * m2 * m2).squareRoot()
        case .kurtosis:
            let m2 = values[b + 2]
            return m2 == 0.0 ? nil : n * values[b + 4] / (m2 * m2) - 3.0
        case .regrSxx, .regrSyy: return values[b + 2]
        case .regrSxy: return values[b + 3]
        case .regrR2:
            // Fed as `corr(y, x)`: null where x never varies, 1.0 where only y does not, as Spark 4.3 answers.
            let yMk = values[b + 4], xMk = values[b + 5]
            if xMk == 0.0 { return nil }
            if yMk == 0.0 { return 1.0 }
            let r = values[b + 3] / (yMk * xMk).squareRoot()
            return r * r
        default: preconditionFailure("not a moment statistic: \(function)")
        }
    }

    /// The partial buffers of `groups`, one double column per field.
    func partialColumns(_ groups: some Collection<Int>) -> [ColumnVector] {
        (0..<width).map { f in ColumnVector(dataType: .double, storage: .float64(groups.map { values[$0 * width + f] })) }
    }

    /// The final results of `groups`.
    func finalColumn(_ function: AggregateFunction, _ groups: some Collection<Int>) -> ColumnVector {
        var values = [Double]()
        values.reserveCapacity(groups.count)
        var validity: ValidityMask?
        for (row, g) in groups.enumerated() {
            if let v = result(function, g) {
                values.append(v)
            } else {
                if validity == nil { validity = ValidityMask(allValid: groups.count) }
                validity!.setNull(row)
                values.append(0)
            }
        }
        return ColumnVector(dataType: .double, storage: .float64(values), validity: validity)
    }
}
