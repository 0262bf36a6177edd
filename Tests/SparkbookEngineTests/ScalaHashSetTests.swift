import Testing
@testable import SparkbookEngine

/// The iteration order and growth of the Scala 2.13 `mutable.HashSet` model behind `collect_set`.
@Suite struct ScalaHashSetTests {
    func set(_ values: [Int64]) -> ScalaHashSet {
        var set = ScalaHashSet()
        for v in values { set.add(.long(v)) }
        return set
    }

    @Test func iteratesByBucketThenByHash() {
        // In 16 buckets, 16 shares bucket 0 with 0 and sorts after it.
        #expect(set([16, 1, 0]).elements == [.long(0), .long(16), .long(1)])
        // -1 spreads to 0xFFFF0000, in bucket 0 too: buckets sort by signed hash.
        #expect(set([16, -1]).elements == [.long(-1), .long(16)])
    }

    @Test func equalHashesKeepArrivalOrder() {
        // 2^32 hashes as 1 (Long.hashCode).
        #expect(set([4_294_967_296, 1]).elements == [.long(4_294_967_296), .long(1)])
        #expect(set([1, 4_294_967_296]).elements == [.long(1), .long(4_294_967_296)])
    }

    @Test func addDoublesTheTableBeforeTheTwelfthElement() {
        #expect(set(Array(0..<11)).bucketCount == 16)
        #expect(set(Array(0..<12)).bucketCount == 32)
        #expect(set(Array(0..<12)).elements == (0..<12).map { .long($0) })
        #expect(set(Array(0..<24)).bucketCount == 64)
    }

    @Test func addOfAnElementAlreadyPresentStillGrows() {
        let grown = set(Array(0..<11) + [0])
        #expect(grown.count == 11)
        #expect(grown.bucketCount == 32)
    }

    @Test func addAllSizesForTheOtherSetAloneAndNeverChecksAgain() {
        var merged = ScalaHashSet()
        merged.addAll(set(Array(0..<11)))
        merged.addAll(set(Array(11..<22)))
        #expect(merged.bucketCount == 16)
        #expect(merged.count == 22)
        #expect(merged.elements.prefix(3) == [.long(0), .long(16), .long(1)])
        var sized = ScalaHashSet()
        sized.addAll(set(Array(0..<12)))
        #expect(sized.bucketCount == 32)
    }

    @Test func tableSizeIsScalaTableSizeFor() {
        #expect(ScalaHashSet.tableSize(for: 0) == 8)
        #expect(ScalaHashSet.tableSize(for: 16) == 16)
        #expect(ScalaHashSet.tableSize(for: 17) == 32)
        #expect(ScalaHashSet.tableSize(for: 24) == 32)
    }

    @Test func floatingValuesAreStoredNormalized() {
        var set = ScalaHashSet()
        for v in [-0.0, 0.0, .nan, -.nan, 2.5] { set.add(.double(v)) }
        #expect(set.count == 3)
        #expect(set.elements.first == .double(0.0))
        #expect(set.elements.first.map { if case .double(let d) = $0 { d.sign == .plus } else { false } } == true)
    }
}
