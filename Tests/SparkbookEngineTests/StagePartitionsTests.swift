import Testing
@testable import SparkbookEngine

/// A stage's tasks over its inputs: a union's partitions are its children's in turn.
struct StagePartitionsTests {
    static let schema = StructType([StructField("v", .integer)])
    static func local(partitions: Int) -> PhysicalOperator {
        let rows = (0..<6).map { [Value.integer(Int32($0))] }
        return .local(EngineTestData.relation(schema, rows, partitions: partitions))
    }
    static func read(_ id: Int, partitions: Int) -> ShuffleHandle {
        ShuffleHandle(id: id, schema: schema, partitions: partitions)
    }

    @Test func aUnionHasItsChildrensPartitionsInTurn() {
        let union = PhysicalOperator.concat([Self.local(partitions: 1), Self.local(partitions: 3)], schema: Self.schema)
        let partitions = StagePartitions()
        #expect(partitions.count(union) == 4)
        #expect(partitions.count(.filter(.literal(.boolean(true), type: .boolean), union)) == 4)
        let children = [Self.local(partitions: 1), Self.local(partitions: 3)]
        #expect(partitions.locate(0, in: children).map { [$0.child, $0.partition] } == [0, 0])
        #expect(partitions.locate(1, in: children).map { [$0.child, $0.partition] } == [1, 0])
        #expect(partitions.locate(3, in: children).map { [$0.child, $0.partition] } == [1, 2])
        #expect(partitions.locate(4, in: children) == nil)
    }

    @Test func aShuffleReadHasOneTaskPerCoalescedRange() {
        let handle = Self.read(0, partitions: 8)
        #expect(StagePartitions().count(.shuffleRead(handle)) == 8)
        #expect(StagePartitions(reduceRanges: [0: [0..<5, 5..<8]]).count(.shuffleRead(handle)) == 2)
    }

    @Test func aUnionTaskReadsOnlyItsOwnChildsShuffle() {
        let (a, b) = (Self.read(0, partitions: 4), Self.read(1, partitions: 4))
        let union = PhysicalOperator.concat([.shuffleRead(a), .shuffleRead(b)], schema: Self.schema)
        let partitions = StagePartitions(reduceRanges: [0: [0..<2, 2..<4], 1: [0..<4]])
        #expect(partitions.count(union) == 3)
        #expect(partitions.shuffleReads(union, partition: 1).map { [$0.handle.id, $0.reduce.lowerBound, $0.reduce.upperBound] } == [[0, 2, 4]])
        #expect(partitions.shuffleReads(union, partition: 2).map { [$0.handle.id, $0.reduce.lowerBound, $0.reduce.upperBound] } == [[1, 0, 4]])
    }

    @Test func aJoinsSidesShareAGroupAndEachUnionChildHasItsOwn() {
        let (a, b, c) = (Self.read(0, partitions: 4), Self.read(1, partitions: 4), Self.read(2, partitions: 4))
        let spec = JoinSpec(type: .inner, leftKeys: [.column(index: 0, type: .integer)],
                            rightKeys: [.column(index: 0, type: .integer)], residual: nil, leftSchema: Self.schema,
                            rightSchema: Self.schema, output: [.column(index: 0, type: .integer)], outputSchema: Self.schema)
        let join = PhysicalOperator.hashJoin(spec, .shuffleRead(a), .shuffleRead(b))
        #expect(StagePartitions.coalesceGroups(join).map { $0.map(\.id) } == [[0, 1]])
        let union = PhysicalOperator.concat([join, .shuffleRead(c), Self.local(partitions: 2)], schema: Self.schema)
        #expect(StagePartitions.coalesceGroups(.limit(1, union)).map { $0.map(\.id) } == [[0, 1], [2]])
        #expect(StagePartitions.coalesceGroups(Self.local(partitions: 2)).isEmpty)
    }
}
