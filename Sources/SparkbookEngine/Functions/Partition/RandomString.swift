/// `randstr(length[, seed])`: a string of `length` characters drawn from `0-9a-zA-Z` by Spark's
/// `XORShiftRandom` seeded with `seed + partitionIndex` (`ExpressionImplUtils.randStr`: `|nextInt() % 62|`
/// picks the character). Without a seed the call draws one, which Spark leaves out of the column name.
struct RandomString: PartitionAwareFunction {
    let name = "randstr"
    var arity: ClosedRange<Int> { 1...2 }

    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        for (i, type) in argumentTypes.enumerated() where ![.integer, .short, .byte].contains(type) && !(i == 1 && type == .long) {
            throw ArgumentTypeMismatch(argument: i, .parameter(required: i == 0 ? "\"INT\"" : "(\"INT\" or \"BIGINT\")"), actual: type)
        }
        return FunctionSignature(inputs: argumentTypes, result: .string)
    }

    func generatedName(_ arguments: [String]) -> String { "randstr(\(arguments.joined(separator: ", ")))" }

    func generator(arguments: [Value], partition: Int) throws -> any PartitionValueGenerator {
        guard let length = arguments.first?.int64Value else {
            throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                             message: "The length of randstr must be an INT constant.", sqlState: "42K09")
        }
        let seed = arguments.count > 1 ? (arguments[1].int64Value ?? 0) : Int64.random(in: .min ... .max)
        try ValueAllocation.checkString(bytes: Int(max(0, length)))
        return Draws(random: XORShiftRandom(seed: seed &+ Int64(partition)), length: Int(max(0, length)))
    }

    struct Draws: PartitionValueGenerator {
        var random: XORShiftRandom
        let length: Int

        mutating func next(_ rowCount: Int) -> ColumnVector {
            var builder = ColumnBuilder(type: .string, capacity: rowCount)
            var bytes = [UInt8](repeating: 0, count: length)
            for _ in 0..<rowCount {
                for i in 0..<length {
                    let v = Int(abs(random.next(32) % 62))
                    bytes[i] = v < 10 ? UInt8(ascii: "0") + UInt8(v)
                        : v < 36 ? UInt8(ascii: "a") + UInt8(v - 10) : UInt8(ascii: "A") + UInt8(v - 36)
                }
                builder.append(.string(String(decoding: bytes, as: UTF8.self)))
            }
            return builder.finish()
        }
    }
}
