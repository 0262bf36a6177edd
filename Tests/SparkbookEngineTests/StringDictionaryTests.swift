import Testing
@testable import SparkbookEngine

/// Interning gives one code per distinct byte string, whatever its length (kept whole in the slot up to 16
/// bytes, compared in the arena past them), through the table's growth.
struct StringDictionaryTests {
    static func intern(_ bytes: [UInt8], _ dictionary: inout StringDictionary) -> Int {
        bytes.withUnsafeBufferPointer { dictionary.intern($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: $0.count) }
    }

    @Test func equalStringsShareACodeAndDistinctOnesDoNot() {
        var dictionary = StringDictionary()
        // Lengths around the 16 inline bytes, trailing NULs (equal padded heads, other lengths), long strings
        // that differ only past their first 16 bytes, and enough of them to grow the table several times.
        var strings: [[UInt8]] = [[], [0], [0, 0], Array("abc".utf8), Array("abc".utf8) + [0]]
        for n in 0..<3_000 {
            let id = Array("id\(String(n).leftPadded(10))".utf8)
            strings.append(id)
            strings.append(id + [0])
            strings.append(Array("a common prefix of 16+ \(n)".utf8))
        }
        strings.append(Array(repeating: 7, count: 300))
        strings.append(Array(repeating: 7, count: 301))
        let codes = strings.map { Self.intern($0, &dictionary) }
        #expect(Set(codes).count == strings.count)
        #expect(dictionary.count == strings.count)
        for (string, code) in zip(strings, codes) {
            #expect(Self.intern(string, &dictionary) == code)
            #expect(dictionary.withBytes(code) { Array($0) } == string)
        }
        #expect(dictionary.count == strings.count)
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
