import Testing

@Test func SparkbookEngineTestsPlaceholder() { #expect(Bool(true)) }
