import Testing
@testable import SparkbookEngine

/// `maxCharsPerColumn` and `maxColumns` fail a read with Spark's `MALFORMED_CSV_RECORD` in every mode
/// (recorded from PySpark 4.3 on the same lines).
struct CSVTokenizerLimitsTests {
    static let schema = StructType([StructField("a", .integer), StructField("b", .string)])

    func read(_ text: String, _ options: [String: String], projection: [Int]? = nil) throws -> RecordBatch {
        let reader = CSVReader(schema: Self.schema, options: try CSVOptions(options))
        return try Array(text.utf8).withUnsafeBytes { try reader.read(buffer: $0, path: "t.csv", projection: projection) }
    }

    func failure(_ text: String, _ options: [String: String], projection: [Int]? = nil) -> CSVError? {
        do { _ = try read(text, options, projection: projection); return nil } catch { return error as? CSVError }
    }

    @Test(arguments: ["PERMISSIVE", "DROPMALFORMED"])
    func aFieldPastMaxCharsPerColumnFailsInEveryMode(_ mode: String) throws {
        let error = try #require(failure("1,hello\n2,abcdefghijklmnop\n3,x\n", ["maxCharsPerColumn": "10", "mode": mode]))
        #expect(error.code == .malformedCSVRecord)
        #expect(error.sparkError.description == "[MALFORMED_CSV_RECORD] Malformed CSV record: 2,abcdefghijklmnop SQLSTATE: KD000")
        #expect(error.cause == "Length of parsed input (11) exceeds the maximum number of characters defined in your parser settings (10).")
        #expect(error.line == 2)
    }

    @Test func fieldsAtTheLimitAndCharactersCountedAsJavaDoes() throws {
        // "é€" is 2 UTF-16 units in 5 bytes; an emoji is 2 units.
        #expect(try read("1,é€\n", ["maxCharsPerColumn": "2"]).rowCount == 1)
        #expect(failure("1,😀x\n", ["maxCharsPerColumn": "2"])?.code == .malformedCSVRecord)
        #expect(try read("1,hello\n", ["maxCharsPerColumn": "-1"]).rowCount == 1)
    }

    @Test func aRecordPastMaxColumnsFailsEvenWhenOnlyTheFirstColumnIsRead() throws {
        for projection in [nil, [0]] as [[Int]?] {
            let error = try #require(failure("1,x\n1,2,3,4,5\n", ["maxColumns": "3"], projection: projection))
            #expect(error.message == "Malformed CSV record: 1,2,3,4,5")
            #expect(error.cause == "java.lang.ArrayIndexOutOfBoundsException - Index 3 out of bounds for length 3")
        }
        #expect(try read("1,2,3\n", ["maxColumns": "3"], projection: [0]).rowCount == 1)
    }

    @Test func optionValuesAreCheckedAsSparkChecksThem() {
        #expect(throws: CSVError(.invalidOption, "maxCharsPerColumn should be an integer. Found abc.")) {
            try CSVOptions(["maxCharsPerColumn": "abc"])
        }
        #expect(throws: CSVError(.invalidOption, "java.lang.NegativeArraySizeException: -5")) {
            try CSVOptions(["maxCharsPerColumn": "-5"])
        }
        #expect(throws: CSVError(.invalidOption, "maxColumns should be an integer. Found 1.5.")) {
            try CSVOptions(["maxColumns": "1.5"])
        }
    }

    @Test func inferenceChecksTheLimitsToo() {
        let options = try! CSVOptions(["inferSchema": "true", "maxCharsPerColumn": "3"])
        #expect(throws: CSVError.self) {
            try Array("a\nabcd\n".utf8).withUnsafeBytes { try CSVSchemaInference(options: options).infer(buffers: [$0]) }
        }
    }

    @Test func aHugeRecordIsQuotedOnlyInPart() throws {
        let long = String(repeating: "x", count: 100_000)
        let error = try #require(failure("1,\(long)\n", ["maxCharsPerColumn": "10"]))
        #expect(error.message.hasSuffix("... (100002 bytes)"))
        #expect(error.message.utf8.count < 1100)
    }
}
