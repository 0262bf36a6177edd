import Testing
@testable import SparkbookEngine

/// String keys of up to 15 bytes are two words of their own bytes (no dictionary); longer ones are interned.
struct GroupKeyCodesTests {
    static let texts: [String] = ["", "a", "a\u{0}", "id001", "seven77", "eight888", "eight888\u{0}",
                                  "id0000012345", "id0000012346", "fifteen-bytes!!", "sixteen-bytes!!!",
                                  "a much longer string key", "ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ"]
    static let strings: [[UInt8]] = texts.map { Array($0.utf8) }

    static func code(_ bytes: [UInt8], _ dictionary: inout StringDictionary) -> (head: UInt64, tail: UInt64) {
        bytes.withUnsafeBufferPointer {
            GroupKeyCodes.code(string: $0.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: $0.count,
                               dictionary: &dictionary)
        }
    }

    @Test func upToFifteenBytesArePackedAndLongerOnesInterned() {
        var dictionary = StringDictionary()
        for bytes in Self.strings {
            let code = Self.code(bytes, &dictionary)
            let decoded = GroupKeyCodes.withBytes(code.head, tail: code.tail, dictionary: dictionary) { Array($0) }
            #expect(GroupKeyCodes.isInterned(tail: code.tail) == (bytes.count > 15))
            #expect(decoded == bytes)
        }
        #expect(dictionary.count == 3)
    }

    @Test func equalCodesExactlyForEqualStrings() {
        var dictionary = StringDictionary()
        let codes = Self.strings.map { Self.code($0, &dictionary) }
        for i in codes.indices {
            for j in codes.indices {
                let same = codes[i].head == codes[j].head && codes[i].tail == codes[j].tail
                #expect(same == (i == j), "\(Self.texts[i]) vs \(Self.texts[j])")
            }
        }
        for i in [7, 11] {
            let again = Self.code(Self.strings[i], &dictionary)
            #expect(again.head == codes[i].head && again.tail == codes[i].tail)
        }
    }

    @Test func packingFromTwoLoadsMatchesTheCopy() {
        var dictionary = StringDictionary()
        // Bytes after the string (the rest of a CSV line) must not leak into the code.
        let line = Array("fifteen-bytes!!,id0000012345,7".utf8) + [UInt8](repeating: 0x7A, count: 16)
        for count in 0...15 {
            let bytes = Array(line[0..<count])
            let loaded = line.withUnsafeBytes { raw in
                GroupKeyCodes.inline(first: raw.loadUnaligned(as: UInt64.self).littleEndian,
                                     second: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian,
                                     count: count)
            }
            let copied = Self.code(bytes, &dictionary)
            #expect(loaded.head == copied.head && loaded.tail == copied.tail, "\(count) bytes")
        }
    }
}
