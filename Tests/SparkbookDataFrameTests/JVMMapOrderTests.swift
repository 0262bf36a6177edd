import Testing
@testable import SparkbookDataFrame

/// `agg({...})` columns come out in the JVM's map order; the expected orders were printed by PySpark 4.3.
struct JVMMapOrderTests {
    @Test func javaStringHash() {
        #expect(JVMMapOrder.javaHash("age") == 96511)
        #expect(JVMMapOrder.javaHash("") == 0)
    }

    @Test func upToFourEntriesFollowJavaHashMapBuckets() {
        #expect(JVMMapOrder.order(["age", "salary"]) == ["salary", "age"])
        #expect(JVMMapOrder.order(["salary", "age"]) == ["salary", "age"])
        #expect(JVMMapOrder.order(["age", "salary", "id"]) == ["id", "salary", "age"])
    }

    @Test func moreEntriesFollowScalasChampTrie() {
        #expect(JVMMapOrder.order(["g", "f", "e", "d", "c", "b", "a"]) == ["e", "f", "a", "b", "g", "c", "d"])
        #expect(JVMMapOrder.order(["name", "id", "age", "joined", "country"]) == ["name", "country", "age", "id", "joined"])
        #expect(JVMMapOrder.order(["amount", "qty", "price", "discount", "tax", "total"])
                == ["tax", "price", "total", "amount", "qty", "discount"])
    }
}
