/// `uniform(min, max[, seed])`: Spark's `min + (max - min) * rand(seed)` (one `XORShiftRandom(seed +
/// partitionIndex)` per partition), cast to the bounds' type: the wider integral type when both are integral
/// (truncated towards zero), else double or float. Without a seed the call draws one, which SQL leaves out of
/// the column name (PySpark's `F.uniform` passes the one it draws).
struct UniformFunction: PartitionAwareFunction {
    let name = "uniform"
    var arity: ClosedRange<Int> { 2...3 }

    func signature(_ types: [DataType], context: FunctionContext) throws -> FunctionSignature {
        let integral: [DataType] = [.byte, .short, .integer, .long]
        for (i, type) in types.prefix(2).enumerated() where !(integral + [.float, .double, .null]).contains(type) {
            throw ArgumentTypeMismatch(argument: i, .parameter(required: "\"NUMERIC\""), actual: type)
        }
        if types.count > 2, ![.integer, .long, .short, .byte].contains(types[2]) {
            throw ArgumentTypeMismatch(argument: 2, .parameter(required: "(\"INT\" or \"BIGINT\")"), actual: types[2])
        }
        let bounds = Array(types.prefix(2))
        let result: DataType = if bounds.contains(.null) { .null }
            else if bounds.allSatisfy(integral.contains) { bounds.contains(.long) ? .long : bounds.contains(.integer) ? .integer : .short }
            else if bounds.contains(.double) { .double } else { .float }
        return FunctionSignature(inputs: types, result: result)
    }

    func generator(arguments: [Value], partition: Int) throws -> any PartitionValueGenerator {
        guard arguments.count >= 2 else {
            throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                             message: "The bounds of uniform must be constants.", sqlState: "42K09")
        }
        let seed = arguments.count > 2 ? (arguments[2].int64Value ?? 0) : Int64.random(in: .min ... .max)
        let type: DataType = arguments.prefix(2).contains(where: \.isNull) ? .null : Self.type(arguments[0], arguments[1])
        return Draws(random: XORShiftRandom(seed: seed &+ Int64(partition)), low: arguments[0].doubleValue ?? 0,
                     high: arguments[1].doubleValue ?? 0, type: type)
    }

    private static func type(_ a: Value, _ b: Value) -> DataType {
        let types = [a.dataType, b.dataType]
        if types.contains(.double) { return .double }
        if types.contains(.float) { return .float }
        return types.contains(.long) ? .long : types.contains(.integer) ? .integer : .short
    }

    struct Draws: PartitionValueGenerator {
        var random: XORShiftRandom
        let low: Double
        let high: Double
        let type: DataType

        mutating func next(_ rowCount: Int) -> ColumnVector {
            var builder = ColumnBuilder(type: type, capacity: rowCount)
            for _ in 0..<rowCount {
                let d = low + (high - low) * random.nextDouble()
                switch type {
                case .null: builder.appendNull()
                case .double: builder.append(.double(d))
                case .float: builder.append(.float(Float(d)))
                default: builder.append(ValueCast.integral(Int64(d.rounded(.towardZero)), as: type))
                }
            }
            return builder.finish()
        }
    }
}
