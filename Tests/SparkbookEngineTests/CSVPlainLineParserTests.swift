import Testing
@testable import SparkbookEngine

/// Which lines the byte path takes, and that what it appends is what the tokenizer path reads.
struct CSVPlainLineParserTests {
    let schema = StructType([StructField("i", .integer), StructField("l", .long), StructField("d", .double),
                             StructField("s", .string)])

    func parser(_ options: CSVOptions = CSVOptions(), projection: [Int]? = nil) -> CSVPlainLineParser? {
        CSVPlainLineParser(plan: CSVReadPlan(schema: schema, options: options, projection: projection), options: options)
    }

    /// Parses one line with the byte path; nil when it declines.
    func plainRow(_ text: String, projection: [Int]? = nil) -> [Value]? {
        let plan = CSVReadPlan(schema: schema, options: CSVOptions(), projection: projection)
        let parser = CSVPlainLineParser(plan: plan, options: CSVOptions())!
        var builders = plan.output.map { ColumnBuilder(type: $0.dataType) }
        let bytes = Array(text.utf8)
        let accepted = bytes.withUnsafeBytes { parser.parse($0, 0..<$0.count, into: &builders) }
        #expect(builders.allSatisfy { $0.count == (accepted ? 1 : 0) }, "a declined line leaves no half row")
        return accepted ? builders.map { $0.finish().value(at: 0) } : nil
    }

    /// The same line through the reader with the byte path off (a line it declines), for comparison.
    func generalRow(_ text: String) throws -> [Value] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBytes { buffer in
            try CSVReader(schema: schema, options: CSVOptions()).read(buffer: buffer, path: "t.csv").row(0)
        }
    }

    @Test func plainLinesParseAsTheReaderReadsThem() throws {
        for line in ["7,-12345678901,2.5,abc", "-2147483648,0,-0.125,a string longer than a word",
                     "2147483647,123456789012345678,1.,x", "007,-0,.5,with spaces inside"] {
            let row = try #require(plainRow(line), "\(line)")
            #expect(row == (try generalRow(line)), "\(line)")
        }
        #expect(plainRow("1,2,3.5,a-long-string-crossing-words", projection: [3, 0]) == [.string("a-long-string-crossing-words"), .integer(1)])
    }

    @Test func linesNeedingTheTokenizerAreDeclined() {
        for line in ["1,2,3.5,\"quoted\"", "1,2,3.5,", ",2,3.5,a", "1,2,3.5", "1,2,3.5,a,extra", "2147483648,2,3.5,a",
                     "1,2,NaN,a", "1,2,1e5,a", "+1,2,3.5,a", "1,2,3.5,ab\"c", "1,2,1.2345678901234567,a",
                     "1,2,3.5,a,b,c,d,e,f,g,h"] {
            #expect(plainRow(line) == nil, "\(line)")
        }
    }

    @Test func optionsAndTypesItCannotReadTurnItOff() throws {
        #expect(parser() != nil)
        #expect(parser(try CSVOptions(["ignoreLeadingWhiteSpace": "true"])) == nil)
        let dated = StructType([StructField("d", .date)])
        #expect(CSVPlainLineParser(plan: CSVReadPlan(schema: dated, options: CSVOptions(), projection: nil),
                                   options: CSVOptions()) == nil)
    }

    @Test func aNullValueFieldIsDeclined() throws {
        let options = try CSVOptions(["nullValue": "NA"])
        let plan = CSVReadPlan(schema: schema, options: options, projection: nil)
        let parser = try #require(CSVPlainLineParser(plan: plan, options: options))
        var builders = plan.output.map { ColumnBuilder(type: $0.dataType) }
        let bytes = Array("1,2,3.5,NA".utf8)
        #expect(!bytes.withUnsafeBytes { parser.parse($0, 0..<$0.count, into: &builders) })
    }
}
