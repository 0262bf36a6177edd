import Testing

@Test func SparkbookInterpreterTestsPlaceholder() { #expect(Bool(true)) }
