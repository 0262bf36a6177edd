import Testing

@Test func SparkbookTerminalTestsPlaceholder() { #expect(Bool(true)) }
