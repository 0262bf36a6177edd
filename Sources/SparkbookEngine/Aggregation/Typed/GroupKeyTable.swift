import Foundation

/// Group ids for composite keys (`width` 64-bit codes, a second word per string key, plus a null mask) in a flat
/// open-addressing table with linear probing. Groups are numbered in order of first appearance; keys live in one
/// flat buffer, `words` per group: every key's code, then the string keys' tails (`GroupKeyCodes`).
///
/// A slot holds the top 32 bits of its group's hash above the group's id, so probing past other groups reads
/// the slots alone (no per-group hash to fetch from elsewhere, a cache miss each once the table outgrows the
/// caches), and growing rehashes from the slots. Groups' hashes are also kept in order, for `distinctKeys`. The buffers are `malloc`ed and grown by `realloc`, which
/// moves a large block's pages instead of copying them; `reserve` sizes the table before a known number of groups.
///
/// A class over manually grown buffers, so the probe loop has no bounds checks, copies or reference counting.
final class GroupKeyTable {
    /// Keys per group.
    let width: Int
    /// Words per group: `width` codes, then one tail per string key.
    let words: Int
    /// The keys with a tail (strings), in order; `tailKeys[t]`'s tail is word `width + t`.
    private let tailKeys: UnsafeMutablePointer<Int>
    private let tailCount: Int
    /// Per key: its rank among the string keys (its tail is word `width + rank`), or -1.
    let tailRanks: [Int]
    private(set) var count = 0
    private var groupCapacity = 0
    /// `words` codes per group; a null key's words are 0 and its bit is set in `nullMasks`.
    private var keys: UnsafeMutablePointer<UInt64>
    private var nullMasks: UnsafeMutablePointer<UInt64>
    /// Per group: its hash (written in order, computed while its row is at hand).
    private var hashes: UnsafeMutablePointer<UInt64>
    /// Per slot: 0 when empty, else the group's hash's top 32 bits (`tagMask`) above its id + 1.
    private var slots: UnsafeMutablePointer<UInt64>
    private var slotCount: Int
    /// A hash's home slot is `hash >> shift` (at least 32: a slot's tag holds every bit a position needs).
    private var shift: UInt64
    private let probe: UnsafeMutablePointer<UInt64>
    /// Per row of the batch being looked up: its hash and null mask (from the first pass).
    private var rowHashes: UnsafeMutablePointer<UInt64>
    private var rowMasks: UnsafeMutablePointer<UInt64>
    private var rowCapacity = 0
    /// Where warming reads go (the first pass's slot reads, interned strings' bytes), so they are not optimised away.
    var touched: UInt64 = 0

    /// The bits of a slot that hold its group's hash.
    private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    /// A table for keys of `keyTypes` (each supported by `GroupKeyCodes`).
    init(keyTypes: [DataType]) {
        width = keyTypes.count
        let tails = keyTypes.indices.filter { keyTypes[$0] == .string }
        tailCount = tails.count
        words = width + tailCount
        tailKeys = .allocate(capacity: max(1, tailCount))
        tailKeys.initialize(from: tails, count: tailCount)
        var ranks = [Int](repeating: -1, count: width)
        for (t, k) in tails.enumerated() { ranks[k] = t }
        tailRanks = ranks
        groupCapacity = 64
        keys = Self.allocate(max(1, words) * groupCapacity)
        nullMasks = Self.allocate(groupCapacity)
        hashes = Self.allocate(groupCapacity)
        slotCount = 256
        shift = 64 - 8
        slots = Self.allocateZeroed(slotCount)
        probe = .allocate(capacity: max(1, words))
        rowHashes = .allocate(capacity: 1)
        rowMasks = .allocate(capacity: 1)
    }

    deinit {
        free(keys); free(nullMasks); free(hashes); free(slots); probe.deallocate()
        tailKeys.deallocate()
        rowHashes.deallocate(); rowMasks.deallocate()
    }

    /// Bytes held by the table: the slots, and the keys of the groups so far (a reserved capacity's pages are
    /// not touched before groups fill them).
    var estimatedBytes: Int { count * (max(1, words) + 2) * 8 + slotCount * 8 }

    /// The code of key `k` of group `group`, or nil when that key is null.
    @inline(__always)
    func code(group: Int, key k: Int) -> UInt64? {
        isNull(group: group, key: k) ? nil : word(group: group, key: k)
    }

    /// Whether key `k` of group `group` is null.
    @inline(__always)
    func isNull(group: Int, key k: Int) -> Bool { nullMasks[group] & (1 << UInt64(k)) != 0 }

    /// The code of key `k` of group `group` (0 when it is null).
    @inline(__always)
    func word(group: Int, key k: Int) -> UInt64 { keys[group &* words &+ k] }

    /// Group `group`'s tail of the string key ranked `t` among the string keys (`tailRanks`).
    @inline(__always)
    func tail(group: Int, tail t: Int) -> UInt64 { keys[group &* words &+ width &+ t] }

    /// The one group of a global aggregate (no keys).
    func insertEmptyKey() {
        append(hash: 0, nullMask: 0)
    }

    /// Makes room for `groups` groups in all, so that many are added without growing (the final aggregate knows
    /// from the shuffle about how many groups its map outputs hold).
    func reserve(groups: Int) {
        guard groups > 0 else { return }
        if groups > groupCapacity { resize(groupCapacity: groups) }
        var target = slotCount
        while groups &* 2 > target { target &*= 2 }
        if target > slotCount { rehash(slotCount: target) }
    }

    /// Makes room for `groups` groups' keys, null masks and hashes, leaving the slots as they are: rows to be
    /// appended (`appendRows`), not looked up. The buffers grow by `realloc`, so pages past what groups fill are
    /// never touched.
    func reserveAppended(groups: Int) {
        if groups > groupCapacity { resize(groupCapacity: groups) }
    }

    /// Looks up (or adds) the group of every row of `batch`, in row order. Once the table outgrows the caches,
    /// a first pass hashes every row and reads its home slot (independent loads the core overlaps) before the
    /// probing pass.
    ///
    /// The table's buffers are read through locals, refreshed only after a group is added (which may grow
    /// them), so the probe loop does not reload the class's fields after every store.
    func groupIds(_ batch: AggregationBatch, into ids: UnsafeMutablePointer<Int32>) {
        let cap = batch.capacity, codes = batch.keyCodes, valids = batch.keyValid, tails = batch.keyTails
        let width = self.width, words = self.words, tailKeys = self.tailKeys, tailCount = self.tailCount
        let probe = self.probe
        var slots = self.slots, nullMasks = self.nullMasks, keys = self.keys
        var mask = slotCount &- 1, shift = self.shift

        @inline(__always) func hash(_ row: Int) -> (hash: UInt64, nullMask: UInt64) {
            Self.hash(row, codes: codes, tails: tails, valids: valids, capacity: cap, width: width,
                      tailKeys: tailKeys, tailCount: tailCount)
        }

        @inline(__always) func group(_ row: Int, _ hash: UInt64, _ nullMask: UInt64) -> Int32 {
            Self.gather(row, into: probe, codes: codes, tails: tails, valids: valids, capacity: cap, width: width,
                        tailKeys: tailKeys, tailCount: tailCount)
            let tag = hash & Self.tagMask
            var slot = Int(truncatingIfNeeded: hash >> shift)
            while true {
                let entry = slots[slot]
                if entry == 0 { break }
                if entry & Self.tagMask == tag {
                    let g = Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: entry)) &- 1
                    if nullMasks[g] == nullMask {
                        let base = keys + g &* words
                        var k = 0
                        while k < words, base[k] == probe[k] { k &+= 1 }
                        if k == words { return Int32(truncatingIfNeeded: g) }
                    }
                }
                slot = (slot &+ 1) & mask
            }
            let g = insert(at: slot, hash: hash, nullMask: nullMask)
            slots = self.slots; nullMasks = self.nullMasks; keys = self.keys
            mask = slotCount &- 1; shift = self.shift
            return Int32(truncatingIfNeeded: g)
        }

        guard slotCount > 1 << 16 else {
            for row in 0..<batch.rowCount {
                let (h, m) = hash(row)
                ids[row] = group(row, h, m)
            }
            return
        }
        if rowCapacity < cap {
            rowHashes.deallocate(); rowMasks.deallocate()
            rowHashes = .allocate(capacity: cap); rowMasks = .allocate(capacity: cap)
            rowCapacity = cap
        }
        let rowHashes = self.rowHashes, rowMasks = self.rowMasks
        var touched = self.touched
        for row in 0..<batch.rowCount {
            (rowHashes[row], rowMasks[row]) = hash(row)
            touched ^= slots[Int(truncatingIfNeeded: rowHashes[row] >> shift)]
        }
        self.touched = touched
        for row in 0..<batch.rowCount { ids[row] = group(row, rowHashes[row], rowMasks[row]) }
    }

    /// One word into a running key hash (codes, then tails, in `words` order).
    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let h = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        return h ^ (h >> 32)
    }

    private static let hashSeed: UInt64 = 0x243F_6A88_85A3_08D3

    @inline(__always)
    private static func finish(_ hash: UInt64, nullMask: UInt64) -> UInt64 { (hash ^ nullMask) &* 0xBF58_476D_1CE4_E5B9 }

    /// The hash and null mask of row `row`'s key codes and tails.
    @inline(__always)
    private static func hash(_ row: Int, codes: UnsafeMutablePointer<UInt64>, tails: UnsafeMutablePointer<UInt64>,
                             valids: UnsafeMutablePointer<Bool>, capacity cap: Int, width: Int,
                             tailKeys: UnsafeMutablePointer<Int>, tailCount: Int) -> (hash: UInt64, nullMask: UInt64) {
        var hash = hashSeed
        var nullMask: UInt64 = 0
        for k in 0..<width {
            let valid = valids[k &* cap &+ row]
            let code = valid ? codes[k &* cap &+ row] : 0
            if !valid { nullMask |= 1 << UInt64(k) }
            hash = mix(hash, code)
        }
        for t in 0..<tailCount {
            let at = tailKeys[t] &* cap &+ row
            hash = mix(hash, valids[at] ? tails[at] : 0)
        }
        return (finish(hash, nullMask: nullMask), nullMask)
    }

    /// Row `row`'s words (codes, then the string keys' tails; a null key's are 0) into `out`.
    @inline(__always)
    private static func gather(_ row: Int, into out: UnsafeMutablePointer<UInt64>, codes: UnsafeMutablePointer<UInt64>,
                               tails: UnsafeMutablePointer<UInt64>, valids: UnsafeMutablePointer<Bool>,
                               capacity cap: Int, width: Int, tailKeys: UnsafeMutablePointer<Int>, tailCount: Int) {
        for k in 0..<width { out[k] = valids[k &* cap &+ row] ? codes[k &* cap &+ row] : 0 }
        for t in 0..<tailCount {
            let at = tailKeys[t] &* cap &+ row
            out[width &+ t] = valids[at] ? tails[at] : 0
        }
    }

    /// Adds every row of `batch` as a group of its own, in row order, without looking it up: partial
    /// aggregation passing rows through (`PartialAggregationSkip`). The rows are not in the slots, so no lookup
    /// may follow; their hashes are kept for `distinctKeys`.
    func appendRows(_ batch: AggregationBatch, into ids: UnsafeMutablePointer<Int32>) {
        let cap = batch.capacity, codes = batch.keyCodes, valids = batch.keyValid, tails = batch.keyTails
        let width = self.width, words = self.words, tailKeys = self.tailKeys, tailCount = self.tailCount
        if count &+ batch.rowCount > groupCapacity { resize(groupCapacity: max(groupCapacity * 2, count &+ batch.rowCount)) }
        let keys = self.keys, nullMasks = self.nullMasks, hashes = self.hashes
        for row in 0..<batch.rowCount {
            let g = count &+ row
            (hashes[g], nullMasks[g]) = Self.hash(row, codes: codes, tails: tails, valids: valids, capacity: cap,
                                                  width: width, tailKeys: tailKeys, tailCount: tailCount)
            Self.gather(row, into: keys + g &* words, codes: codes, tails: tails, valids: valids, capacity: cap,
                        width: width, tailKeys: tailKeys, tailCount: tailCount)
            ids[row] = Int32(truncatingIfNeeded: g)
        }
        count &+= batch.rowCount
    }

    /// Per bucket, how many distinct keys its groups have (`bucketOf[g]`: group `g`'s bucket; equal keys share a
    /// bucket): after rows passed through, the groups a hashing partial aggregate would have written. Keys are
    /// compared whole, so the count is exact; a set of group ids (4 bytes a slot, so a large one stays as much in
    /// the caches as it can), probed by the kept hashes.
    func distinctKeys(bucketOf: [Int32], buckets: Int) -> [Int] {
        var distinct = [Int](repeating: 0, count: buckets)
        var slotCount = 1024
        while slotCount < count * 2 { slotCount *= 2 }
        let mask = slotCount - 1, shift = UInt64(64 - slotCount.trailingZeroBitCount)
        let set = UnsafeMutablePointer<Int32>.allocate(capacity: slotCount)
        set.initialize(repeating: 0, count: slotCount)
        defer { set.deallocate() }
        let words = self.words, keys = self.keys, hashes = self.hashes, nullMasks = self.nullMasks
        var touched: Int32 = 0
        var chunk = 0
        while chunk < count {
            let end = min(count, chunk + 4_096)
            // Home slots first, their cache misses overlapping.
            for g in chunk..<end { touched ^= set[Int(truncatingIfNeeded: hashes[g] >> shift)] }
            for g in chunk..<end {
                var slot = Int(truncatingIfNeeded: hashes[g] >> shift)
                var seen = false
                while set[slot] != 0 {
                    let other = Int(set[slot]) &- 1
                    if hashes[other] == hashes[g], nullMasks[other] == nullMasks[g] {
                        var k = 0
                        while k < words, keys[other &* words &+ k] == keys[g &* words &+ k] { k &+= 1 }
                        if k == words { seen = true; break }
                    }
                    slot = (slot &+ 1) & mask
                }
                if seen { continue }
                set[slot] = Int32(truncatingIfNeeded: g &+ 1)
                distinct[Int(bucketOf[g])] += 1
            }
            chunk = end
        }
        self.touched ^= UInt64(UInt32(bitPattern: touched))
        return distinct
    }

    /// Adds the group in `probe` at empty slot `slot`; returns its id.
    private func insert(at slot: Int, hash: UInt64, nullMask: UInt64) -> Int {
        let g = count
        append(hash: hash, nullMask: nullMask)
        (keys + g &* words).update(from: probe, count: words)
        slots[slot] = hash & Self.tagMask | UInt64(g &+ 1)
        if count &* 2 > slotCount { rehash(slotCount: slotCount * 2) }
        return g
    }

    private func append(hash: UInt64, nullMask: UInt64) {
        if count == groupCapacity { resize(groupCapacity: groupCapacity * 2) }
        nullMasks[count] = nullMask
        hashes[count] = hash
        count += 1
    }

    /// Grows the groups' buffers to `groupCapacity` groups.
    private func resize(groupCapacity capacity: Int) {
        keys = Self.reallocate(keys, max(1, words) * capacity)
        nullMasks = Self.reallocate(nullMasks, capacity)
        hashes = Self.reallocate(hashes, capacity)
        groupCapacity = capacity
    }

    /// Moves every group into `newCount` (a larger power of two) slots, reading only the old slots.
    private func rehash(slotCount newCount: Int) {
        let bigger = Self.allocateZeroed(newCount)
        let newShift = UInt64(64 - newCount.trailingZeroBitCount)
        precondition(newShift >= 32, "a group table of more than 2^32 slots")
        let mask = newCount - 1
        for old in 0..<slotCount {
            let entry = slots[old]
            if entry == 0 { continue }
            var slot = Int(truncatingIfNeeded: entry >> newShift)
            while bigger[slot] != 0 { slot = (slot &+ 1) & mask }
            bigger[slot] = entry
        }
        free(slots)
        slots = bigger
        slotCount = newCount
        shift = newShift
    }

    private static func allocate(_ count: Int) -> UnsafeMutablePointer<UInt64> {
        guard let raw = malloc(count * 8) else { fatalError("out of memory") }
        return raw.bindMemory(to: UInt64.self, capacity: count)
    }

    /// Zeroed by `calloc`: a large block comes as fresh zero pages, touched only when written.
    private static func allocateZeroed(_ count: Int) -> UnsafeMutablePointer<UInt64> {
        guard let raw = calloc(count, 8) else { fatalError("out of memory") }
        return raw.bindMemory(to: UInt64.self, capacity: count)
    }

    private static func reallocate(_ old: UnsafeMutablePointer<UInt64>, _ count: Int) -> UnsafeMutablePointer<UInt64> {
        guard let raw = realloc(old, count * 8) else { fatalError("out of memory") }
        return raw.bindMemory(to: UInt64.self, capacity: count)
    }
}
