import Testing

@Test func SparkbookPluginsTestsPlaceholder() { #expect(Bool(true)) }
