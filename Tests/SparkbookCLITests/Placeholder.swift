import Testing

@Test func SparkbookCLITestsPlaceholder() { #expect(Bool(true)) }
