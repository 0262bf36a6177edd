/// Spark's text functions that read words and likeness: `jaro_winkler_similarity` (commons-text's
/// `JaroWinklerSimilarity`, on UTF-16 units as Java compares `char`s) and `sentences` (the sentences of a text,
/// each a list of its words, as Java's sentence and word `BreakIterator`s find them for plain prose).
enum TextSimilarityFunctions {
    static let all: [any ScalarFunction] = [
        RowFunction("jaro_winkler_similarity", arity: 2...2, nullability: .whenAnyArgument,
                    signature: Signatures.fixed([.string, .string], .double)) { v, _ in
            .double(jaroWinkler(Array(v[0].string.utf16), Array(v[1].string.utf16)))
        },
        // `sentences(s[, language[, country]])`: Spark names the call with empty defaults.
        RowFunction("sentences", arity: 1...3,
                    namer: { "sentences(\(($0 + ["", ""].dropFirst($0.count - 1)).joined(separator: ", ")))" },
                    signature: { types, _ in
                        FunctionSignature(inputs: Array(repeating: .string, count: types.count),
                                          result: .array(element: .array(element: .string, containsNull: false), containsNull: false))
                    }) { v, _ in
            .array(sentences(v[0].string).map { .array($0.map(Value.string)) })
        },
    ]

    static func jaroWinkler(_ left: [UInt16], _ right: [UInt16]) -> Double {
        if left == right { return 1 }
        let (max, min) = left.count > right.count ? (left, right) : (right, left)
        let range = Swift.max(max.count / 2 - 1, 0)
        var matchIndexes = [Int](repeating: -1, count: min.count)
        var matchFlags = [Bool](repeating: false, count: max.count)
        var matches = 0
        for mi in 0..<min.count {
            var xi = Swift.max(mi - range, 0)
            while xi < Swift.min(mi + range + 1, max.count) {
                if !matchFlags[xi] && min[mi] == max[xi] {
                    matchIndexes[mi] = xi
                    matchFlags[xi] = true
                    matches += 1
                    break
                }
                xi += 1
            }
        }
        guard matches > 0 else { return 0 }
        let ms1 = min.indices.filter { matchIndexes[$0] != -1 }.map { min[$0] }
        let ms2 = max.indices.filter { matchFlags[$0] }.map { max[$0] }
        let halfTranspositions = zip(ms1, ms2).filter { $0 != $1 }.count
        var prefix = 0
        for i in 0..<Swift.min(4, min.count) {
            guard left[i] == right[i] else { break }
            prefix += 1
        }
        let m = Double(matches)
        let j = (m / Double(left.count) + m / Double(right.count) + (m - Double(halfTranspositions) / 2) / m) / 3
        return j < 0.7 ? j : j + 0.1 * Double(prefix) * (1 - j)
    }

    /// Sentences end at `!` or `?` followed by white space or the end, or at `.` followed by white space and a
    /// capital letter (or the end); words are runs of letters and digits,
    /// joined across an apostrophe between letters or a point or comma between digits (`isn't`, `3.5`), as the
    /// word iterator keeps them; punctuation is dropped.
    static func sentences(_ text: String) -> [[String]] {
        let chars = Array(text)
        var result: [[String]] = []
        var sentence: [String] = []
        var word = ""
        func endWord() { if !word.isEmpty { sentence.append(word); word = "" } }
        func endSentence() { endWord(); if !sentence.isEmpty { result.append(sentence); sentence = [] } }
        for (i, c) in chars.enumerated() {
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if c.isLetter || c.isNumber {
                word.append(c)
            } else if !word.isEmpty, let next, (c == "'" || c == "\u{2019}") && word.last!.isLetter && next.isLetter {
                word.append(c)
            } else if !word.isEmpty, let next, (c == "." || c == ",") && word.last!.isNumber && next.isNumber {
                word.append(c)
            } else {
                endWord()
                if "!?".contains(c) && (next == nil || next!.isWhitespace) { endSentence() }
                // After a point, only a capital (or the end) starts a new sentence ("world. 3.5 apples" is one).
                if c == ".", next == nil || next!.isWhitespace {
                    let following = chars[(i + 1)...].first { !$0.isWhitespace }
                    if following == nil || following!.isUppercase { endSentence() }
                }
            }
        }
        endSentence()
        return result
    }
}
