/// A higher-order call bound for one call site: its lambdas' bodies resolved against the outer columns they read
/// and their own variables. Evaluated row by row: each array's elements become one batch (the outer values
/// repeated, the variables as columns) that the body runs over as a vector; `aggregate` and a comparator run
/// one element at a time, since each step needs the last.
public struct HigherOrderCall: NullabilityAwareFunction, Hashable {
    /// One lambda: its body over `[outer columns..., variables...]`.
    public struct Lambda: Sendable, Hashable {
        let body: BoundExpression
        let schema: StructType
    }

    let function: HigherOrderFunction
    let lambdas: [Lambda]
    /// How many leading arguments are the function's values (the arrays, `aggregate`'s start); the rest are
    /// the outer columns the lambdas read, in the order their bodies number them.
    let valueCount: Int

    public var name: String { function.rawValue }
    public var arity: ClosedRange<Int> { 0...Int.max }

    public func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        preconditionFailure("a higher-order call is bound with its signature")
    }

    public func resultNullable(argumentsNullable: [Bool], argumentTypes: [DataType]) -> Bool {
        switch function {
        case .aggregate, .reduce, .transform, .filter, .zipWith, .arraySort, .exists, .forall,
             .mapFilter, .transformKeys, .transformValues, .mapZipWith:
            // Null for a null array or map; `exists`/`forall` also for a null predicate, aggregates for a null step.
            true
        }
    }

    public func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                         context: FunctionContext) throws -> ColumnVector {
        let outer = Array(arguments.dropFirst(valueCount))
        var builder = ColumnBuilder(type: signature.result, capacity: rowCount)
        for row in 0..<rowCount {
            builder.append(try value(row: row, arguments, outer: outer, signature: signature, context: context))
        }
        return builder.finish()
    }

    private func value(row: Int, _ arguments: [ColumnVector], outer: [ColumnVector], signature: FunctionSignature,
                       context: FunctionContext) throws -> Value {
        if function.overMaps { return try mapValue(row: row, arguments, outer: outer, context: context) }
        guard let elements = arguments[0].value(at: row).arrayElements else { return .null }
        let elementType = arguments[0].dataType.arrayElement ?? .null
        switch function {
        case .transform:
            var variables = [column(elements, elementType)]
            if lambdas[0].schema.count - outer.count == 2 { variables.append(column(elements.indices.map { .integer(Int32($0)) }, .integer)) }
            let out = try apply(lambdas[0], outer, row: row, variables, count: elements.count)
            return .array((0..<elements.count).map(out.value(at:)))
        case .filter:
            var variables = [column(elements, elementType)]
            if lambdas[0].schema.count - outer.count == 2 { variables.append(column(elements.indices.map { .integer(Int32($0)) }, .integer)) }
            let keep = try apply(lambdas[0], outer, row: row, variables, count: elements.count)
            return .array(elements.indices.filter { keep.value(at: $0) == .boolean(true) }.map { elements[$0] })
        case .exists, .forall:
            let tests = try apply(lambdas[0], outer, row: row, [column(elements, elementType)], count: elements.count)
            // Three-valued: a decisive answer wins, else null if any test was null.
            let decisive = Value.boolean(function == .exists)
            var sawNull = false
            for i in elements.indices {
                let t = tests.value(at: i)
                if t == decisive { return decisive }
                if t.isNull { sawNull = true }
            }
            return sawNull ? .null : .boolean(function != .exists)
        case .aggregate, .reduce:
            var accumulator = arguments[1].value(at: row)
            let accumulatorType = arguments[1].dataType
            for element in elements {
                accumulator = try applyOne(lambdas[0], outer, row: row, [(accumulator, accumulatorType), (element, elementType)])
            }
            guard lambdas.count > 1 else { return accumulator }
            return try applyOne(lambdas[1], outer, row: row, [(accumulator, accumulatorType)])
        case .zipWith:
            guard let others = arguments[1].value(at: row).arrayElements else { return .null }
            let n = max(elements.count, others.count)
            let left = elements + Array(repeating: Value.null, count: n - elements.count)
            let right = others + Array(repeating: Value.null, count: n - others.count)
            let out = try apply(lambdas[0], outer, row: row,
                                [column(left, elementType), column(right, arguments[1].dataType.arrayElement ?? .null)], count: n)
            return .array((0..<n).map(out.value(at:)))
        case .mapFilter, .transformKeys, .transformValues, .mapZipWith:
            return .null
        case .arraySort:
            var failure: (any Error)?
            let sorted = elements.sorted { a, b in
                guard failure == nil else { return false }
                do {
                    let order = try applyOne(lambdas[0], outer, row: row, [(a, elementType), (b, elementType)])
                    guard case .integer(let o) = order else {
                        throw SparkError(.execution, errorClass: "COMPARATOR_RETURNS_NULL",
                                         message: "The comparator has returned a NULL for a comparison between \(a.literalName) and \(b.literalName). It should return a positive integer for \"greater than\", 0 for \"equal\" and a negative integer for \"less than\". To revert to deprecated behavior where NULL is treated as 0 (equal), you must set \"spark.sql.legacy.allowNullComparisonResultInArraySort\" to \"true\".",
                                         sqlState: "22004")
                    }
                    return o < 0
                } catch { failure = error; return false }
            }
            if let failure { throw failure }
            return .array(sorted)
        }
    }

    /// The map functions: the body runs over the map's keys and values as two columns.
    private func mapValue(row: Int, _ arguments: [ColumnVector], outer: [ColumnVector], context: FunctionContext) throws -> Value {
        guard let (keys, values) = arguments[0].value(at: row).mapEntries,
              let (keyType, valueType, _) = arguments[0].dataType.mapTypes else { return .null }
        switch function {
        case .mapFilter:
            let keep = try apply(lambdas[0], outer, row: row, [column(keys, keyType), column(values, valueType)], count: keys.count)
            let kept = keys.indices.filter { keep.value(at: $0) == .boolean(true) }
            return .map(keys: kept.map { keys[$0] }, values: kept.map { values[$0] })
        case .transformKeys:
            let out = try apply(lambdas[0], outer, row: row, [column(keys, keyType), column(values, valueType)], count: keys.count)
            return try MapFunctions.build(keys: (0..<keys.count).map(out.value(at:)), values: values, context)
        case .transformValues:
            let out = try apply(lambdas[0], outer, row: row, [column(keys, keyType), column(values, valueType)], count: keys.count)
            return .map(keys: keys, values: (0..<keys.count).map(out.value(at:)))
        case .mapZipWith:
            // Every key of either map, the first map's in order then the second's new ones; null where a map lacks it.
            guard let (otherKeys, otherValues) = arguments[1].value(at: row).mapEntries else { return .null }
            var allKeys = keys
            var seen = Set(keys)
            for key in otherKeys where seen.insert(key).inserted { allKeys.append(key) }
            let left = allKeys.map { key in keys.firstIndex(of: key).map { values[$0] } ?? .null }
            let right = allKeys.map { key in otherKeys.firstIndex(of: key).map { otherValues[$0] } ?? .null }
            let out = try apply(lambdas[0], outer, row: row,
                                [column(allKeys, keyType), column(left, valueType),
                                 column(right, arguments[1].dataType.mapTypes?.value ?? .null)], count: allKeys.count)
            return .map(keys: allKeys, values: (0..<allKeys.count).map(out.value(at:)))
        default:
            return .null
        }
    }

    private func column(_ values: [Value], _ type: DataType) -> ColumnVector {
        var builder = ColumnBuilder(type: type, capacity: values.count)
        for v in values { builder.append(v) }
        return builder.finish()
    }

    /// The body over `count` sets of variables at once, the outer values repeated beside them.
    private func apply(_ lambda: Lambda, _ outer: [ColumnVector], row: Int, _ variables: [ColumnVector], count: Int) throws -> ColumnVector {
        let columns = outer.map { ColumnVector.constant($0.value(at: row), type: $0.dataType, count: count) } + variables
        return try lambda.body.evaluate(RecordBatch(schema: lambda.schema, columns: columns, rowCount: count))
    }

    private func applyOne(_ lambda: Lambda, _ outer: [ColumnVector], row: Int, _ variables: [(Value, DataType)]) throws -> Value {
        let columns = outer.map { ColumnVector.constant($0.value(at: row), type: $0.dataType, count: 1) }
            + variables.map { ColumnVector.constant($0.0, type: $0.1, count: 1) }
        return try lambda.body.evaluate(row: 0, of: RecordBatch(schema: lambda.schema, columns: columns, rowCount: 1))
    }

    public static func == (l: HigherOrderCall, r: HigherOrderCall) -> Bool {
        l.function == r.function && l.lambdas == r.lambdas && l.valueCount == r.valueCount
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(function)
        hasher.combine(lambdas)
    }
}
