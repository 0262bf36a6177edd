import Testing
@testable import SparkbookEngine

@Suite struct ArrayTypeTests {
    let strings = DataType.array(element: .string, containsNull: false)

    @Test func namesFollowSpark() {
        #expect(strings.typeName == "array")
        #expect(strings.simpleString == "array<string>")
        #expect(DataType.array(element: .array(element: .long, containsNull: true), containsNull: true).simpleString
                == "array<array<bigint>>")
        #expect(strings.pythonClassName == "ArrayType(StringType(), False)")
    }

    @Test func elementOfArraysOnly() {
        #expect(strings.arrayElement == .string)
        #expect(strings.isArray)
        #expect(DataType.string.arrayElement == nil)
        #expect(!DataType.long.isArray)
    }

    @Test func valueTypeWidensElementsAndNotesNulls() {
        #expect(Value.array([.integer(1), .long(2)]).dataType == .array(element: .long, containsNull: false))
        #expect(Value.array([.string("a"), .null]).dataType == .array(element: .string, containsNull: true))
        #expect(Value.array([]).dataType == .array(element: .null, containsNull: false))
        #expect(Value.array([.string("a")]).arrayElements == [.string("a")])
        #expect(Value.string("a").arrayElements == nil)
    }
}
