import Foundation

/// DataSketches' compact KLL form, the BINARY Spark's `kll_sketch_agg_*` returns: an 8-byte preamble (preamble
/// ints, serial version, family 15, flags, k, m) alone when empty, followed by the one item when there is one,
/// else a 20-byte preamble (adding n, min k, the number of levels), the level offsets but the last, the min and max
/// items, and the retained items, level 0 first. The last offset is the total capacity, implied by `k` and the
/// number of levels.
extension KllSketch {
    static var family: Int { 15 }
    private static var emptyFlag: Int { 1 }
    private static var levelZeroSortedFlag: Int { 2 }
    private static var singleItemFlag: Int { 4 }

    public func serialized() -> [UInt8] {
        var out = SketchByteWriter(capacity: compactByteCount)
        let flags = (isEmpty ? Self.emptyFlag : 0) | (levelZeroSorted ? Self.levelZeroSortedFlag : 0)
            | (n == 1 ? Self.singleItemFlag : 0)
        out.byte(n > 1 ? 5 : 2)
        out.byte(n == 1 ? 2 : 1)
        out.byte(Self.family)
        out.byte(flags)
        out.short(k)
        out.byte(Self.m)
        out.byte(0)
        if isEmpty { return out.bytes }
        if n == 1 {
            items[levels[0]]!.write(to: &out)
            return out.bytes
        }
        out.long(n)
        out.short(minK)
        out.byte(numLevels)
        out.byte(0)
        for level in 0..<numLevels { out.int(levels[level]) }
        minItem!.write(to: &out)
        maxItem!.write(to: &out)
        for index in levels[0]..<levels[numLevels] { items[index]!.write(to: &out) }
        return out.bytes
    }

    /// Reads a compact (or single-item or empty) sketch as `heapify` does.
    public init(serialized bytes: [UInt8]) throws {
        let reader = SketchByteReader(bytes: bytes)
        let preInts = try reader.byte(0), serVer = try reader.byte(1), family = try reader.byte(2)
        let flags = try reader.byte(3)
        let k = try reader.short(4)
        guard family == Self.family, [1, 2, 3].contains(serVer), preInts == 2 || preInts == 5,
              (Self.minK...Self.maxK).contains(k), try reader.byte(6) == Self.m else {
            throw SketchFormatError.invalid("not a KLL sketch")
        }
        self.init(k: k)
        if preInts == 2 {
            if flags & Self.emptyFlag != 0 { return }
            update(try Item.read(reader, at: 8))
            return
        }
        guard serVer == 1 else { throw SketchFormatError.invalid("updatable KLL sketches are not read") }
        n = try reader.long(8)
        minK = try reader.short(16)
        let numLevels = try reader.byte(18)
        guard numLevels >= 1, numLevels <= 61 else { throw SketchFormatError.invalid("bad level count") }
        let capacity = Self.totalCapacity(k: k, numLevels: numLevels)
        var levels = try (0..<numLevels).map { try reader.int(20 + 4 * $0) }
        levels.append(capacity)
        guard zip(levels, levels.dropFirst()).allSatisfy({ $0 <= $1 }), levels[0] >= 0 else {
            throw SketchFormatError.invalid("bad levels")
        }
        var offset = 20 + 4 * numLevels
        minItem = try Item.read(reader, at: offset)
        maxItem = try Item.read(reader, at: offset + Item.byteWidth)
        offset += 2 * Item.byteWidth
        var items = [Item?](repeating: nil, count: capacity)
        for index in levels[0]..<capacity {
            items[index] = try Item.read(reader, at: offset)
            offset += Item.byteWidth
        }
        self.levels = levels
        self.items = items
        levelZeroSorted = flags & Self.levelZeroSortedFlag != 0
    }

    var compactByteCount: Int {
        if isEmpty { return 8 }
        if n == 1 { return 8 + Item.byteWidth }
        return 20 + 4 * numLevels + (2 + numRetained) * Item.byteWidth
    }

    var updatableByteCount: Int { 20 + 4 * (numLevels + 1) + (2 + levels[numLevels]) * Item.byteWidth }

    /// DataSketches' `toString()` summary, which `kll_sketch_to_string_*` returns (the class name as it prints
    /// it for a heap sketch, `KllKllLongsSketch`).
    public var summary: String {
        func percent(_ value: Double) -> String { String(format: "%.3f%%", value * 100) }
        let epsilon = 2.296 / pow(Double(minK), 0.9723)
        let epsilonPMF = 2.446 / pow(Double(minK), 0.9433)
        let lines = [
            "",
            "### Kll\(Item.sketchTypeName) Summary:",
            "   K                      : \(k)",
            "   Dynamic min K          : \(minK)",
            "   M                      : \(Self.m)",
            "   N                      : \(n)",
            "   Epsilon                : \(percent(epsilon))",
            "   Epsilon PMF            : \(percent(epsilonPMF))",
            "   Empty                  : \(isEmpty)",
            "   Estimation Mode        : \(isEstimationMode)",
            "   Levels                 : \(numLevels)",
            "   Level 0 Sorted         : \(levelZeroSorted)",
            "   Capacity Items         : \(levels[numLevels])",
            "   Retained Items         : \(numRetained)",
            "   Free Space             : \(levels[0])",
            "   ReadOnly               : false",
            "   Updatable Storage Bytes: \(updatableByteCount)",
            "   Compact Storage Bytes  : \(compactByteCount)",
            "   Min Item               : \(minItem?.javaText ?? "NaN")",
            "   Max Item               : \(maxItem?.javaText ?? "NaN")",
            "### End sketch summary",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
