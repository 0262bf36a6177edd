/// Spark's URL functions: `parse_url`/`try_parse_url` (the parts `java.net.URI` gives: HOST, PATH, QUERY, REF,
/// PROTOCOL, FILE, AUTHORITY, USERINFO; a query key's value), `url_encode` (Java's `URLEncoder`, UTF-8) and
/// `url_decode`/`try_url_decode` (`URLDecoder`). An invalid URL or escape is Spark's error, or null in the `try_`
/// forms.
enum URLFunctions {
    static let all: [any ScalarFunction] = [
        parseURL("parse_url", tolerant: false),
        parseURL("try_parse_url", tolerant: true),
        RowFunction("url_encode", arity: 1...1, nullability: .whenAnyArgument,
                    signature: Signatures.fixed([.string], .string)) { v, _ in .string(encode(v[0].string)) },
        RowFunction("url_decode", arity: 1...1, nullability: .whenAnyArgument,
                    signature: Signatures.fixed([.string], .string)) { v, _ in
            guard let decoded = decode(v[0].string) else {
                throw SparkError(.execution, errorClass: "CANNOT_DECODE_URL",
                                 message: "The provided URL cannot be decoded: \(v[0].string). Please ensure that the URL is properly formatted and try again.",
                                 sqlState: "22546")
            }
            return .string(decoded)
        },
        RowFunction("try_url_decode", arity: 1...1, signature: Signatures.fixed([.string], .string)) { v, _ in
            decode(v[0].string).map(Value.string) ?? .null
        },
    ]

    static func parseURL(_ name: String, tolerant: Bool) -> any ScalarFunction {
        RowFunction(name, arity: 2...3, signature: { types, _ in
            FunctionSignature(inputs: Array(repeating: .string, count: types.count), result: .string)
        }) { v, _ in
            let text = v[0].string
            guard let uri = URI(text) else {
                if tolerant { return .null }
                throw SparkError(.execution, errorClass: "INVALID_URL",
                                 message: "The url is invalid: \(text). Use `try_parse_url` to tolerate invalid URL and return NULL instead.",
                                 sqlState: "22P02")
            }
            let part = v[1].string
            if v.count > 2 {
                guard part == "QUERY", let query = uri.query else { return .null }
                return queryValue(query, key: v[2].string).map(Value.string) ?? .null
            }
            let value: String? = switch part {
            case "HOST": uri.host
            case "PATH": uri.path
            case "QUERY": uri.query
            case "REF": uri.fragment
            case "PROTOCOL": uri.scheme
            case "FILE": uri.path.map { p in uri.query.map { p + "?" + $0 } ?? p }
            case "AUTHORITY": uri.authority
            case "USERINFO": uri.userInfo
            default: nil
            }
            return value.map(Value.string) ?? .null
        }
    }

    /// The value of `key=` in a query: the text after the first `key=` at the start or after `&`, up to `&`.
    static func queryValue(_ query: String, key: String) -> String? {
        for pair in query.split(separator: "&", omittingEmptySubsequences: false) where pair.hasPrefix(key + "=") {
            return String(pair.dropFirst(key.count + 1))
        }
        return nil
    }

    /// The raw components `java.net.URI` gives a URL, or nil where its parser throws `URISyntaxException`.
    struct URI {
        var scheme: String?
        var authority: String?
        var userInfo: String?
        var host: String?
        var path: String?
        var query: String?
        var fragment: String?

        init?(_ text: String) {
            guard !text.isEmpty, text.unicodeScalars.allSatisfy(Self.allowed), Self.escapesValid(text) else { return nil }
            var rest = Substring(text)
            if let hash = rest.firstIndex(of: "#") {
                fragment = String(rest[rest.index(after: hash)...])
                guard !fragment!.contains("#") else { return nil }
                rest = rest[..<hash]
            }
            if let colon = rest.firstIndex(of: ":"), !rest[..<colon].contains(where: { "/?".contains($0) }) {
                let s = rest[..<colon]
                guard let first = s.first, first.isASCII, first.isLetter,
                      s.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
                scheme = String(s)
                rest = rest[rest.index(after: colon)...]
                // An opaque URI (`mailto:a@b`): no authority, path or query.
                if !rest.hasPrefix("/") {
                    guard !rest.isEmpty else { return nil }
                    return
                }
            }
            if let q = rest.firstIndex(of: "?") {
                query = String(rest[rest.index(after: q)...])
                rest = rest[..<q]
            }
            if rest.hasPrefix("//") {
                rest = rest.dropFirst(2)
                let end = rest.firstIndex(of: "/") ?? rest.endIndex
                let auth = String(rest[..<end])
                rest = rest[end...]
                if !auth.isEmpty {
                    authority = auth
                    var hostPort = Substring(auth)
                    if let at = hostPort.lastIndex(of: "@") {
                        userInfo = String(hostPort[..<at])
                        hostPort = hostPort[hostPort.index(after: at)...]
                    }
                    if let colon = hostPort.lastIndex(of: ":"), !hostPort.hasSuffix("]") {
                        guard hostPort[hostPort.index(after: colon)...].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
                        hostPort = hostPort[..<colon]
                    }
                    host = hostPort.isEmpty ? nil : String(hostPort)
                }
            }
            path = String(rest)
        }

        /// Characters `java.net.URI` accepts anywhere: ASCII letters, digits and punctuation other than
        /// space, `"<>\^`{|}`, and any non-ASCII character that is not a control or space.
        static func allowed(_ c: Unicode.Scalar) -> Bool {
            if c.isASCII {
                return c.value > 0x20 && c.value < 0x7f && !"\"<>\\^`{|}".unicodeScalars.contains(c)
            }
            return !c.properties.isWhitespace && c.properties.generalCategory != .control
        }

        /// Every `%` is followed by two hex digits.
        static func escapesValid(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            var i = 0
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "%") {
                    guard i + 2 < bytes.count, hexValue(bytes[i + 1]) != nil, hexValue(bytes[i + 2]) != nil else { return false }
                    i += 3
                } else {
                    i += 1
                }
            }
            return true
        }
    }

    /// `URLEncoder.encode(s, UTF-8)`: letters, digits and `.-*_` stay, a space is `+`, every other byte `%XX`.
    static func encode(_ s: String) -> String {
        var out = ""
        for byte in s.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80 && (c.isLetter || c.isNumber || ".-*_".contains(c)) {
                out.append(c)
            } else if byte == 0x20 {
                out.append("+")
            } else {
                out += "%" + String(byte >> 4, radix: 16).uppercased() + String(byte & 0xf, radix: 16).uppercased()
            }
        }
        return out
    }

    /// `URLDecoder.decode(s, UTF-8)`: `+` is a space, `%XX` a byte; nil for a bad or cut-off escape.
    static func decode(_ s: String) -> String? {
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "+"): out.append(0x20); i += 1
            case UInt8(ascii: "%"):
                guard i + 2 < bytes.count, let hi = hexValue(bytes[i + 1]), let lo = hexValue(bytes[i + 2]) else { return nil }
                out.append(hi << 4 | lo)
                i += 3
            default: out.append(bytes[i]); i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
