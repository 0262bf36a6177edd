import Foundation
import Testing
@testable import SparkbookEngine

/// A line longer than `spark.driver.memory` fails the read with the JVM's error before it is copied.
struct LineLengthLimitTests {
    @Test func aLinePastTheDriverHeapFailsWithJavaHeapSpace() throws {
        let reader = CSVReader(schema: StructType([StructField("v", .string)]), options: CSVOptions(),
                               lineLimit: LineLengthLimit(driverMemory: 16))
        let text = "short\n" + String(repeating: "y", count: 40) + "\n"
        do {
            _ = try Array(text.utf8).withUnsafeBytes { try reader.read(buffer: $0, path: "big.csv") }
            Issue.record("a 40-byte line passed a 16-byte heap")
        } catch let error as SparkError {
            #expect(error.description == "java.lang.OutOfMemoryError: Java heap space")
            #expect(error.hint?.contains("line 2 of big.csv") == true)
            #expect(error.hint?.contains("spark.driver.memory") == true)
        }
        let fits = LineLengthLimit(driverMemory: 40)
        #expect(throws: Never.self) { try fits.check(bytes: 40, path: "f", lineNumber: 1) }
    }

    @Test func aLinePastTheJVMsLongestArrayFailsAsTheJVMDoes() {
        let limit = LineLengthLimit(driverMemory: 1 << 40)
        do {
            try limit.check(bytes: Int(Int32.max), path: "f", lineNumber: 7)
            Issue.record("a 2 GiB line passed")
        } catch let error as SparkError {
            #expect(error.message == "java.lang.OutOfMemoryError: Requested array size exceeds VM limit")
            #expect(error.hint?.hasPrefix("line 7 of f is ") == true)
        } catch { Issue.record("\(error)") }
    }

    @Test func jsonLinesAreCheckedBeforeTheyAreParsed() throws {
        let path = NSTemporaryDirectory() + "line-limit-\(UInt64.random(in: 0 ... .max)).json"
        try (#"{"a": 1}"# + "\n" + #"{"a": "# + String(repeating: "1", count: 64) + "}\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try JSONLinesReader.read(paths: [path]).1.count == 2)
        #expect(throws: SparkError.self) {
            try JSONLinesReader.read(paths: [path], lineLimit: LineLengthLimit(driverMemory: 32))
        }
    }
}
