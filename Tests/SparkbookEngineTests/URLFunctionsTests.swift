import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0.
@Suite struct URLFunctionsTests {
    func call(_ name: String, _ args: [Value]) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, args.map(Expression.literal)), StructType([]), [])
    }

    let url = Value.string("https://user:pw@spark.apache.org:8080/path/p2?query=1&b=2#frag")

    @Test func partsOfAURL() throws {
        #expect(try call("parse_url", [url, .string("HOST")]) == .string("spark.apache.org"))
        #expect(try call("parse_url", [url, .string("USERINFO")]) == .string("user:pw"))
        #expect(try call("parse_url", [url, .string("AUTHORITY")]) == .string("user:pw@spark.apache.org:8080"))
        #expect(try call("parse_url", [url, .string("FILE")]) == .string("/path/p2?query=1&b=2"))
        #expect(try call("parse_url", [url, .string("REF")]) == .string("frag"))
        #expect(try call("parse_url", [url, .string("PROTOCOL")]) == .string("https"))
        #expect(try call("parse_url", [url, .string("QUERY"), .string("b")]) == .string("2"))
        #expect(try call("parse_url", [url, .string("QUERY"), .string("c")]) == .null)
        #expect(try call("parse_url", [url, .string("NOPE")]) == .null)
        #expect(try call("parse_url", [.string("https://spark.apache.org"), .string("PATH")]) == .string(""))
        #expect(try call("parse_url", [.string("https://spark.apache.org"), .string("QUERY")]) == .null)
    }

    @Test func invalidURLs() throws {
        let bad = Value.string("inva lid://spark.apache.org/path?query=1")
        #expect(throws: SparkError.self) { try call("parse_url", [bad, .string("QUERY")]) }
        #expect(try call("try_parse_url", [bad, .string("QUERY")]) == .null)
    }

    @Test func encodeAndDecode() throws {
        #expect(try call("url_encode", [.string("https://spark.apache.org")]) == .string("https%3A%2F%2Fspark.apache.org"))
        #expect(try call("url_encode", [.string("a b~*-._")]) == .string("a+b%7E*-._"))
        #expect(try call("url_encode", [.string("你好")]) == .string("%E4%BD%A0%E5%A5%BD"))
        #expect(try call("url_decode", [.string("Hello%20World%21")]) == .string("Hello World!"))
        #expect(throws: SparkError.self) { try call("url_decode", [.string("%2")]) }
        #expect(try call("try_url_decode", [.string("https%3A%2F%2spark.apache.org")]) == .null)
    }
}
