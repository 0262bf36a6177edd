import Testing
@testable import SparkbookEngine

/// Checked against PySpark 4.3: `to_binary('abc')` is hex read with a leading zero, `base64` wraps at 76
/// characters with CRLF, `unbase64` skips what is not base64.
@Suite struct BinaryFunctionsTests {
    private func call(_ name: String, _ x: Value, _ literals: [Value] = [], type: DataType = .string) throws -> Value {
        try FunctionTestSupport.call(name, x, literals, type: type)
    }

    @Test func toBinaryFormats() throws {
        #expect(try call("to_binary", .string("616263"), [.string("hex")]) == .binary([0x61, 0x62, 0x63]))
        #expect(try call("to_binary", .string("abc")) == .binary([0x0A, 0xBC]))
        #expect(try call("to_binary", .string("abc"), [.string("UTF-8")]) == .binary([0x61, 0x62, 0x63]))
        #expect(try call("to_binary", .string("YWJj"), [.string("base64")]) == .binary([0x61, 0x62, 0x63]))
        #expect(try call("try_to_binary", .string("zz"), [.string("hex")]) == .null)
        #expect(throws: SparkError.self) { try call("to_binary", .string("zz"), [.string("hex")]) }
    }

    @Test func base64AndHex() throws {
        #expect(try call("base64", .binary([0x00, 0xFF]), type: .binary) == .string("AP8="))
        let long = try call("base64", .string(String(repeating: "a", count: 80)))
        #expect(long.string.contains("\r\n"))
        #expect(try call("unbase64", .string("YWJj")) == .binary([0x61, 0x62, 0x63]))
        #expect(try call("unbase64", .string("@@@")) == .binary([]))
        #expect(try call("hex", .binary([0x00, 0xFF]), type: .binary) == .string("00FF"))
        #expect(try call("unhex", .string("zz")) == .null)
        #expect(try call("length", .binary([1, 2, 3]), type: .binary) == .integer(3))
        #expect(try call("bit_length", .binary([1, 2, 3]), type: .binary) == .integer(24))
    }

    @Test func encodeAndDecode() throws {
        #expect(try call("encode", .string("abc"), [.string("UTF-16")]) == .binary([0xFE, 0xFF, 0, 0x61, 0, 0x62, 0, 0x63]))
        #expect(try call("decode", .binary([0x61, 0, 0x62, 0]), [.string("utf-16le")], type: .binary) == .string("ab"))
        #expect(throws: SparkError.self) { try call("encode", .string("abc"), [.string("foo")]) }
    }

    @Test func binaryColumnsCastOrderAndName() throws {
        var builder = ColumnBuilder(type: .binary)
        builder.append(.binary([0x61, 0x62]))
        builder.appendNull()
        let column = builder.finish()
        #expect(column.value(at: 0) == .binary([0x61, 0x62]))
        #expect(column.value(at: 1) == .null)
        #expect(ValueCast.cast(.string("ab"), to: .binary) == .binary([0x61, 0x62]))
        #expect(ValueCast.cast(.binary([0x61, 0x62]), to: .string) == .string("ab"))
        #expect(ValueOrdering.compare(.binary([0x00, 0xFF]), .binary([0x61])) == -1)
        #expect(Value.binary([0x78, 0x79]).literalName == "X'7879'")
    }
}
