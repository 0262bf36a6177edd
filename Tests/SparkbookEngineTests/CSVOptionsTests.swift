import Testing
@testable import SparkbookEngine

struct CSVOptionsTests {
    @Test func defaultsAreSpark4s() {
        let options = CSVOptions()
        #expect(!options.header && !options.inferSchema)
        #expect(options.delimiter == UInt8(ascii: ","))
        #expect(options.quote == UInt8(ascii: "\""))
        #expect(options.escape == UInt8(ascii: "\\"))
        #expect(options.nullValue == "" && options.emptyValue == "")
        #expect(options.mode == .permissive)
        #expect(options.columnNameOfCorruptRecord == "_corrupt_record")
        #expect(options.samplingRatio == nil)
        #expect(options.prefersDate)
    }

    @Test func keysAreCaseInsensitive() throws {
        let options = try CSVOptions(["HEADER": "True", "inferschema": "true", "Sep": "|", "MODE": "dropmalformed",
                                      "nullValue": "NA", "samplingRatio": "0.5"])
        #expect(options.header && options.inferSchema)
        #expect(options.delimiter == UInt8(ascii: "|"))
        #expect(options.mode == .dropMalformed)
        #expect(options.nullValue == "NA")
        #expect(options.samplingRatio == 0.5)
    }

    @Test(arguments: [
        ("header", "yes"), ("mode", "LENIENT"), ("sep", ""), ("sep", "ab"), ("samplingRatio", "2"),
        ("inferSchema", "1"), ("quote", "''"),
    ])
    func invalidValuesNameTheOption(_ key: String, _ value: String) {
        #expect {
            try CSVOptions([key: value])
        } throws: { error in
            guard let error = error as? CSVError else { return false }
            return error.code == .invalidOption && error.message.contains("'\(key)'")
        }
    }

    @Test func otherEncodingsAndMultiLineAreRejectedClearly() {
        #expect(throws: CSVError.self) { try CSVOptions(["encoding": "ISO-8859-1"]) }
        #expect(throws: CSVError.self) { try CSVOptions(["multiLine": "true"]) }
        #expect(throws: CSVError.self) { try CSVOptions(["dateFormat": "dd/MM/yyyy"]) }
        #expect((try? CSVOptions(["encoding": "UTF-8", "charset": "utf8"])) != nil)
    }
}
