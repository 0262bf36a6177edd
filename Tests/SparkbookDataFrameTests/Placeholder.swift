import Testing

@Test func SparkbookDataFrameTestsPlaceholder() { #expect(Bool(true)) }
