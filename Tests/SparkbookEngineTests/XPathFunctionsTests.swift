import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0 (`SELECT xpath...`).
@Suite struct XPathFunctionsTests {
    func call(_ name: String, _ xml: String, _ path: String) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, [.literal(.string(xml)), .literal(.string(path))]), StructType([]), [])
    }

    @Test func nodeListsHoldNodeValues() throws {
        let xml = "<a><b>b1</b><b>b2</b><b>b3</b><c>c1</c><c>c2</c></a>"
        #expect(try call("xpath", xml, "a/b/text()") == .array([.string("b1"), .string("b2"), .string("b3")]))
        #expect(try call("xpath", xml, "a/b") == .array([.null, .null, .null]))
        #expect(try call("xpath", xml, "a/z") == .array([]))
        #expect(try call("xpath", xml, "//b/text()") == .array([.string("b1"), .string("b2"), .string("b3")]))
        #expect(try call("xpath", xml, "a/b[2]/text()") == .array([.string("b2")]))
        #expect(try call("xpath", #"<a><b id="1">b1</b><b id="2">b2</b></a>"#, "a/b/@id") == .array([.string("1"), .string("2")]))
    }

    @Test func scalars() throws {
        #expect(try call("xpath_string", "<a><b>b</b><c>cc<d>x</d></c></a>", "a/c") == .string("ccx"))
        #expect(try call("xpath_string", "<a><b>b</b></a>", "a/z") == .string(""))
        #expect(try call("xpath_string", "<a>x &amp; y<![CDATA[<z>]]></a>", "a") == .string("x & y<z>"))
        #expect(try call("xpath_boolean", "<a><b>1</b></a>", "a/b") == .boolean(true))
        #expect(try call("xpath_boolean", "<a><b>1</b></a>", "a/b = 1") == .boolean(true))
        #expect(try call("xpath_boolean", "<a><b>1</b></a>", "a/c") == .boolean(false))
        #expect(try call("xpath_double", "<a><b>1</b><b>2</b></a>", "sum(a/b)") == .double(3))
        #expect(try call("xpath_number", "<a><b>1</b><b>2</b></a>", "count(a/b)") == .double(2))
        #expect(try call("xpath_float", "<a><b>1</b><b>2</b></a>", "sum(a/b)") == .float(3))
        #expect(try call("xpath_int", "<a><b>7.9</b></a>", "a/b") == .integer(7))
        #expect(try call("xpath_int", "<a><b>x</b></a>", "a/b") == .integer(0))
        #expect(try call("xpath_int", "<a><b>99999999999</b></a>", "a/b") == .integer(2147483647))
        #expect(try call("xpath_long", "<a><b>99999999999</b></a>", "a/b") == .long(99999999999))
        #expect(try call("xpath_short", "<a><b>99999</b></a>", "a/b") == .short(-31073))
        #expect(try call("xpath_double", "<a><b> 12 </b></a>", "a/b") == .double(12))
        guard case .double(let nan) = try call("xpath_double", "<a><b>1e3</b></a>", "a/b") else { Issue.record(); return }
        #expect(nan.isNaN)
        #expect(try call("xpath_string", "", "a") == .null)
    }

    @Test func errors() throws {
        #expect(throws: SparkError.self) { try call("xpath_string", "<a><b>1</b>", "a/b") }
        #expect(throws: SparkError.self) { try call("xpath_string", "<a><b>1</b></a>", "a/b[") }
    }
}
