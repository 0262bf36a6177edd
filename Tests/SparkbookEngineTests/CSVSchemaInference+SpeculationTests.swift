import Foundation
import Testing
@testable import SparkbookEngine

/// Inference over two halves at once gives exactly the one-pass result, whether the guess for the second half
/// holds or not.
struct CSVSchemaInferenceSpeculationTests {
    /// `lines` lines of `a,b,c`; the line at `late` (if any) has a double in `b` and a word in `c`.
    static func csv(lines: Int, late: Int?) -> [UInt8] {
        var text = "a,b,c\n"
        for i in 0..<lines {
            text += i == late ? "\(i),1.5,word\n" : "\(i),\(i % 1000),2024-01-0\(i % 9 + 1)\n"
        }
        return Array(text.utf8)
    }

    func check(_ bytes: [UInt8]) throws {
        let inference = CSVSchemaInference(options: try CSVOptions(["header": "true", "inferSchema": "true"]))
        try bytes.withUnsafeBytes { buffer in
            let halves = try #require(CSVSchemaInference.halves([buffer]))
            #expect(halves.0.reduce(0) { $0 + $1.count } + halves.1.reduce(0) { $0 + $1.count } == buffer.count)
            let result = try inference.infer(buffers: [buffer])
            var sequential = [CSVInferredType](repeating: .null, count: 3)
            var sampler: RowSampler?
            let header = Array("a,b,c".utf8)
            try inference.fold([buffer], into: &sequential, headerLine: header, sampler: &sampler)
            #expect(result.types == sequential.map { $0 == .null ? .string : $0 })
        }
    }

    @Test func theGuessHolds() throws {
        try check(Self.csv(lines: 60_000, late: nil))
    }

    @Test func aLateValueInTheFirstHalfRedoesTheSecond() throws {
        try check(Self.csv(lines: 60_000, late: 20_000))
    }

    @Test func aLateValueInTheSecondHalf() throws {
        try check(Self.csv(lines: 60_000, late: 50_000))
    }

    @Test func smallInputsAreFoldedInOnePass() {
        let bytes = Self.csv(lines: 100, late: nil)
        bytes.withUnsafeBytes { #expect(CSVSchemaInference.halves([$0]) == nil) }
    }
}
