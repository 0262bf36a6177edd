import Testing
@testable import SparkbookEngine

/// Expected partitions are PySpark 4.3.0's `pmod(hash(...), 200)` for the same keys.
struct ShufflePartitionerTests {
    @Test func partitionsAsSparksHashPartitioning() {
        #expect(ShufflePartitioner.partition(of: [.integer(5)], count: 200) == 66)
        #expect(ShufflePartitioner.partition(of: [.integer(7)], count: 200) == 107)
        #expect(ShufflePartitioner.partition(of: [.integer(1)], count: 200) == 43)
        #expect(ShufflePartitioner.partition(of: [.null], count: 200) == 42)
        #expect(ShufflePartitioner.partition(of: [.string("US")], count: 200) == 92)
        #expect(ShufflePartitioner.partition(of: [.string("DE")], count: 200) == 75)
        #expect(ShufflePartitioner.partition(of: [.string("cancelled")], count: 200) == 46)
    }

    @Test func severalKeysChainAndNullsKeepTheSeed() {
        #expect(ShufflePartitioner.partition(of: [.integer(5), .integer(2)], count: 200) == 151)
        #expect(ShufflePartitioner.partition(of: [.null, .integer(1)], count: 200) == 43)
        #expect(ShufflePartitioner.partition(of: [.integer(9), .null], count: 200) == 89)
    }

    @Test func aNegativeHashStillGivesAPartitionInRange() {
        // hash(1) as an int is -559580957: pmod, not the sign-keeping remainder.
        #expect(SparkValueHash.hash([.integer(1)]) < 0)
        #expect(ShufflePartitioner.partition(of: [.integer(1)], count: 200) == 43)
        #expect(ShufflePartitioner.partition(of: [.integer(1)], count: 7) == Int((-559_580_957 % 7 + 7) % 7))
    }

    @Test func typedPartsHashAsTheirValues() {
        var typed = ShuffleKeyHash()
        typed.int64(4)
        typed.null()
        typed.double(-0.0)
        typed.boolean(true)
        "é x".utf8CString.dropLast().map { UInt8(bitPattern: $0) }.withUnsafeBufferPointer { typed.string($0) }
        var values = ShuffleKeyHash()
        for value: Value in [.long(4), .null, .double(0.0), .boolean(true), .string("é x")] { values.mix(value) }
        #expect(typed.state == values.state)
    }
}
