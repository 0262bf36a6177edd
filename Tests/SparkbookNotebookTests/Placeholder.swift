import Testing

@Test func SparkbookNotebookTestsPlaceholder() { #expect(Bool(true)) }
