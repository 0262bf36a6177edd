import Foundation
import Synchronization

/// Inference over two halves of the input at once, with exactly the sequential result.
///
/// Folding is sequential by nature (a field's type depends on the column's type so far), so the second half
/// starts from a guess: the types of the first half's first lines. When the first half ends on exactly that
/// guess, the second half's result is what one pass over everything gives; otherwise the second half is folded
/// again from the first half's real result. Types settle within a few lines on real data, so the guess holds
/// and inference takes about half the time on two cores.
extension CSVSchemaInference {
    /// Inputs smaller than this are folded in one pass (a second thread would not pay off).
    static let speculationMinimumBytes = 1 << 20
    /// How much of the first half the guess is taken from.
    static let guessBytes = 64 << 10

    /// The buffers split at a line boundary near the middle of their bytes, or nil when too small or only one
    /// core is available.
    static func halves(_ buffers: [UnsafeRawBufferPointer]) -> ([UnsafeRawBufferPointer], [UnsafeRawBufferPointer])? {
        let total = buffers.reduce(0) { $0 + $1.count }
        guard total >= speculationMinimumBytes, ProcessInfo.processInfo.activeProcessorCount > 1 else { return nil }
        var first: [UnsafeRawBufferPointer] = []
        var offset = 0
        for (i, buffer) in buffers.enumerated() {
            if offset + buffer.count <= total / 2 {
                first.append(buffer)
                offset += buffer.count
                continue
            }
            let cut = CSVLineScanner.lineEnd(in: buffer, from: total / 2 - offset) + 1
            var second = Array(buffers[(i + 1)...])
            if cut < buffer.count {
                first.append(UnsafeRawBufferPointer(rebasing: buffer[0..<cut]))
                second.insert(UnsafeRawBufferPointer(rebasing: buffer[cut...]), at: 0)
            } else {
                first.append(buffer)
            }
            return second.isEmpty ? nil : (first, second)
        }
        return nil
    }

    /// The lines of `buffers` in their first `bytes` (cut after a line).
    static func prefix(_ buffers: [UnsafeRawBufferPointer], bytes: Int) -> [UnsafeRawBufferPointer] {
        guard let buffer = buffers.first else { return [] }
        guard buffer.count > bytes else { return [buffer] }
        let cut = CSVLineScanner.lineEnd(in: buffer, from: bytes) + 1
        return [UnsafeRawBufferPointer(rebasing: buffer[0..<min(cut, buffer.count)])]
    }

    func foldSpeculatively(_ halves: ([UnsafeRawBufferPointer], [UnsafeRawBufferPointer]),
                           from types: [CSVInferredType], headerLine: [UInt8]) throws -> [CSVInferredType] {
        var noSampler: RowSampler?
        var guess = types
        try fold(Self.prefix(halves.0, bytes: Self.guessBytes), into: &guess, headerLine: headerLine,
             sampler: &noSampler)
        let input = SpeculationInput(halves: [halves.0, halves.1], starts: [types, guess])
        let results = Mutex<[[CSVInferredType]]>([types, guess])
        // A line past the limits fails the inference; the first half's failure is the one a sequential pass meets.
        let failures = Mutex<[(any Error)?]>([nil, nil])
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            var folded = input.starts[half]
            var sampler: RowSampler?
            do {
                try fold(input.halves[half], into: &folded, headerLine: headerLine, sampler: &sampler)
            } catch {
                failures.withLock { $0[half] = error }
            }
            results.withLock { $0[half] = folded }
        }
        if let failure = failures.withLock({ $0[0] ?? $0[1] }) { throw failure }
        let (first, second) = results.withLock { ($0[0], $0[1]) }
        if first == guess { return second }
        var redone = first
        try fold(halves.1, into: &redone, headerLine: headerLine, sampler: &noSampler)
        return redone
    }
}

/// The mapped buffers of one inference, read (never written) by both folding threads.
private struct SpeculationInput: @unchecked Sendable {
    let halves: [[UnsafeRawBufferPointer]]
    let starts: [[CSVInferredType]]
}
