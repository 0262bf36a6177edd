import Foundation
import Testing
@testable import SparkbookEngine

struct CSVSchemaInferenceTests {
    func infer(_ text: String, _ options: [String: String] = ["header": "true", "inferSchema": "true"]) throws
        -> CSVSchemaInference.Result {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBytes { try CSVSchemaInference(options: CSVOptions(options)).infer(buffers: [$0]) }
    }

    @Test(arguments: ["events_clean_infer", "types_mix_infer", "special_numbers_infer", "dupe_headers_infer",
                      "no_header_infer", "crlf_infer", "escapes_infer", "dirty_infer"])
    func matchesPySparkRecording(_ name: String) throws {
        let recording = try CSVRecording.load(name)
        let result = try CSVSchemaInference(options: CSVOptions(recording.options)).infer(files: [recording.path])
        #expect(result.sparkSimpleString == recording.schema)
        #expect(result.names == recording.names!)
    }

    /// Single values probed with PySpark 4's `schema_of_csv` (same inference code as the reader).
    @Test(arguments: [
        ("2024", "int"), ("2024-01", "timestamp"), ("2024-1-5", "timestamp"), ("2024-01-15 ", "timestamp"),
        ("2024-01-15T10:00", "timestamp"), ("2024-01-15 10:00:00+02:00", "timestamp"), ("TRUE", "boolean"),
        ("true ", "string"), ("2024/01/15", "string"), ("0x10", "string"), ("NaN", "double"), ("nan", "string"),
        ("-NaN", "double"), ("+Infinity", "double"), ("Inf", "double"), ("+Inf", "string"), ("1.", "decimal(1,0)"),
        ("1e", "string"), ("1E+2", "double"), ("-0", "int"), ("2147483648", "bigint"),
        ("9223372036854775808", "decimal(19,0)"), ("1.0d", "double"), (" 5 ", "double"), ("0001-01-01", "date"),
        ("2024-02-30", "string"), ("2024-01-15 24:00:00", "string"), ("2024-01-15 10:00:00 UTC", "timestamp"),
        ("2024-01-15T", "string"), ("99999-01-01", "timestamp"),
    ])
    func singleValueLikeSchemaOfCSV(_ value: String, _ expected: String) throws {
        let result = try infer("c\n\"\(value)\"\n")
        #expect(result.types.first?.sparkSimpleString == expected, "\(value)")
    }

    @Test func typesMergeDownTheLadderAndClashToString() throws {
        let result = try infer("a,b,c,d,e\n1,1,2024-01-01,true,\n2.5,x,2024-01-01 10:00:00,false,\n")
        #expect(result.sparkSimpleString == "struct<a:double,b:string,c:timestamp,d:boolean,e:string>")
        #expect(result.schema.fields.map(\.dataType) == [.double, .string, .timestamp, .boolean, .string])
    }

    @Test func withoutInferSchemaEverythingIsString() throws {
        let result = try infer("a,b\n1,2\n", ["header": "true"])
        #expect(result.types == [.string, .string])
    }

    @Test func headerLinesRepeatedInPartFilesAreSkipped() throws {
        let first = Array("id,v\n1,2\n".utf8)
        let second = Array("id,v\n3,4.5\n".utf8)
        let result = try first.withUnsafeBytes { a in
            try second.withUnsafeBytes { b in
                try CSVSchemaInference(options: CSVOptions(["header": "true", "inferSchema": "true"]))
                    .infer(buffers: [a, b])
            }
        }
        #expect(result.sparkSimpleString == "struct<id:int,v:double>")
    }

    @Test func nullValueIsIgnoredAndSamplingIsDeterministic() throws {
        let result = try infer("a\nNA\n5\n", ["header": "true", "inferSchema": "true", "nullValue": "NA"])
        #expect(result.types == [.integer])
        let rows = (1...2000).map { "\($0)" }.joined(separator: "\n")
        let options = ["header": "false", "inferSchema": "true", "samplingRatio": "0.1"]
        #expect(try infer(rows, options) == infer(rows, options))
        #expect(try infer(rows, options).types == [.integer])
    }

    @Test func emptyInputHasNoColumns() throws {
        #expect(try infer("\n\n").names.isEmpty)
    }
}
