import Testing

@Test func SparkbookClusterTestsPlaceholder() { #expect(Bool(true)) }
