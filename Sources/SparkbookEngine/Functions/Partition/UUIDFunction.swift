/// `uuid([seed])`: a version-4 UUID per row from Spark's `RandomUUIDGenerator`, a Commons Math
/// `MersenneTwister(seed + partitionIndex)` whose two `nextLong`s give the bits, as `java.util.UUID` prints them.
/// Without a seed the call draws one; the column is named `uuid()` either way.
struct UUIDFunction: PartitionAwareFunction {
    let name = "uuid"
    var arity: ClosedRange<Int> { 0...1 }

    func signature(_ types: [DataType], context: FunctionContext) throws -> FunctionSignature {
        if let seed = types.first, ![.integer, .long, .short, .byte].contains(seed) {
            throw ArgumentTypeMismatch(argument: 0, .parameter(required: "(\"INT\" or \"BIGINT\")"), actual: seed)
        }
        return FunctionSignature(inputs: types, result: .string)
    }

    func generatedName(_ arguments: [String]) -> String { "uuid()" }

    func generator(arguments: [Value], partition: Int) throws -> any PartitionValueGenerator {
        let seed = arguments.first?.int64Value ?? Int64.random(in: .min ... .max)
        return Draws(random: MersenneTwister(seed: seed &+ Int64(partition)))
    }

    struct Draws: PartitionValueGenerator {
        var random: MersenneTwister

        mutating func next(_ rowCount: Int) -> ColumnVector {
            var builder = ColumnBuilder(type: .string, capacity: rowCount)
            for _ in 0..<rowCount {
                let most = (UInt64(bitPattern: random.nextLong()) & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
                let least = (UInt64(bitPattern: random.nextLong()) | 0x8000_0000_0000_0000) & 0xBFFF_FFFF_FFFF_FFFF
                builder.append(.string(Self.text(most, least)))
            }
            return builder.finish()
        }

        /// `java.util.UUID.toString`: 8-4-4-4-12 lower-case hex digits.
        static func text(_ most: UInt64, _ least: UInt64) -> String {
            func hex(_ v: UInt64, _ digits: Int) -> String {
                let s = String(v, radix: 16)
                return String(repeating: "0", count: digits - s.count) + s
            }
            return "\(hex(most >> 32, 8))-\(hex(most >> 16 & 0xFFFF, 4))-\(hex(most & 0xFFFF, 4))-"
                + "\(hex(least >> 48, 4))-\(hex(least & 0xFFFF_FFFF_FFFF, 12))"
        }
    }
}
