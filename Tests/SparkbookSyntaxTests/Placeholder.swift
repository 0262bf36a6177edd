import Testing

@Test func SparkbookSyntaxTestsPlaceholder() { #expect(Bool(true)) }
