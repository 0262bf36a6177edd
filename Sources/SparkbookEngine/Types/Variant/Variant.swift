/// A semi-structured value in Spark's variant encoding (`common/variant/README.md` in Apache Spark): `value`
/// holds the value itself (a header byte, then primitive data, a short string, or an object's or array's
/// offsets and elements), `metadata` the dictionary of object keys. An element of an object or array is the same
/// bytes from another position, so navigating never copies.
public struct Variant: Sendable, Hashable {
    public let value: [UInt8]
    public let metadata: [UInt8]
    /// Where this (possibly nested) value starts in `value`.
    public let position: Int

    public init(value: [UInt8], metadata: [UInt8], position: Int = 0) {
        self.value = value
        self.metadata = metadata
        self.position = position
    }

    /// The basic types of the header's low two bits.
    enum BasicType: UInt8 { case primitive = 0, shortString, object, array }

    /// Primitive type ids (the header's upper six bits when the basic type is primitive).
    enum Primitive: UInt8 {
        case null = 0, `true`, `false`, int8, int16, int32, int64, double, decimal4, decimal8, decimal16, date,
             timestamp, timestampNTZ, float, binary, string
    }

    /// What a value is, as Spark's `VariantUtil.getType` classifies it.
    public enum Kind: Sendable, Equatable {
        case null, boolean, long, double, decimal, string, date, timestamp, timestampNTZ, float, binary, object, array
    }

    var header: UInt8 { position < value.count ? value[position] : 0 }
    var basicType: BasicType { BasicType(rawValue: header & 3)! }
    var primitive: Primitive? { basicType == .primitive ? Primitive(rawValue: header >> 2) : nil }

    public var kind: Kind {
        switch basicType {
        case .shortString: return .string
        case .object: return .object
        case .array: return .array
        case .primitive:
            switch primitive {
            case .null, nil: return .null
            case .true, .false: return .boolean
            case .int8, .int16, .int32, .int64: return .long
            case .double: return .double
            case .decimal4, .decimal8, .decimal16: return .decimal
            case .date: return .date
            case .timestamp: return .timestamp
            case .timestampNTZ: return .timestampNTZ
            case .float: return .float
            case .binary: return .binary
            case .string: return .string
            }
        }
    }

    /// Little-endian unsigned integer of `size` bytes at `offset`.
    func unsigned(_ offset: Int, _ size: Int) -> Int {
        var result = 0
        for i in 0..<size where offset + i < value.count { result |= Int(value[offset + i]) << (8 * i) }
        return result
    }

    func signed(_ offset: Int, _ size: Int) -> Int64 {
        let raw = UInt64(truncatingIfNeeded: unsigned(offset, size))
        let shift = UInt64(64 - 8 * size)
        return Int64(bitPattern: raw << shift) >> Int64(shift)
    }

    public var boolean: Bool? { primitive == .true ? true : primitive == .false ? false : nil }

    /// Integers of every width, dates (days) and timestamps (microseconds).
    public var long: Int64? {
        switch primitive {
        case .int8: signed(position + 1, 1)
        case .int16: signed(position + 1, 2)
        case .int32, .date: signed(position + 1, 4)
        case .int64, .timestamp, .timestampNTZ: signed(position + 1, 8)
        default: nil
        }
    }

    public var double: Double? {
        primitive == .double ? Double(bitPattern: UInt64(truncatingIfNeeded: signed(position + 1, 8))) : nil
    }

    public var float: Float? {
        primitive == .float ? Float(bitPattern: UInt32(truncatingIfNeeded: unsigned(position + 1, 4))) : nil
    }

    /// A decimal's unscaled value and scale.
    public var decimal: (unscaled: Int128, scale: Int)? {
        let scale = unsigned(position + 1, 1)
        switch primitive {
        case .decimal4: return (Int128(signed(position + 2, 4)), scale)
        case .decimal8: return (Int128(signed(position + 2, 8)), scale)
        case .decimal16:
            let low = UInt64(truncatingIfNeeded: unsigned(position + 2, 8))
            let high = signed(position + 10, 8)
            return ((Int128(high) << 64) | Int128(low), scale)
        default: return nil
        }
    }

    public var string: String? {
        switch basicType {
        case .shortString:
            let length = Int(header >> 2)
            return String(decoding: value[(position + 1)..<min(value.count, position + 1 + length)], as: UTF8.self)
        case .primitive where primitive == .string:
            let length = unsigned(position + 1, 4)
            return String(decoding: value[(position + 5)..<min(value.count, position + 5 + length)], as: UTF8.self)
        default: return nil
        }
    }

    public var binary: [UInt8]? {
        guard primitive == .binary else { return nil }
        let length = unsigned(position + 1, 4)
        return Array(value[(position + 5)..<min(value.count, position + 5 + length)])
    }

    /// An object's or array's layout: element count and where the ids, offsets and elements start.
    private var container: (count: Int, idSize: Int, offsetSize: Int, idStart: Int, offsetStart: Int, dataStart: Int)? {
        let h = Int(header >> 2)
        switch basicType {
        case .object:
            let offsetSize = (h & 3) + 1, idSize = ((h >> 2) & 3) + 1, large = (h >> 4) & 1 == 1
            let countSize = large ? 4 : 1
            let count = unsigned(position + 1, countSize)
            let idStart = position + 1 + countSize
            let offsetStart = idStart + count * idSize
            return (count, idSize, offsetSize, idStart, offsetStart, offsetStart + (count + 1) * offsetSize)
        case .array:
            let offsetSize = (h & 3) + 1, large = (h >> 2) & 1 == 1
            let countSize = large ? 4 : 1
            let count = unsigned(position + 1, countSize)
            let offsetStart = position + 1 + countSize
            return (count, 0, offsetSize, offsetStart, offsetStart, offsetStart + (count + 1) * offsetSize)
        default: return nil
        }
    }

    /// The number of fields or elements.
    public var count: Int { container?.count ?? 0 }

    /// The `index`-th field of an object, in key order.
    public func field(at index: Int) -> (key: String, value: Variant)? {
        guard basicType == .object, let c = container, index >= 0, index < c.count else { return nil }
        let id = unsigned(c.idStart + index * c.idSize, c.idSize)
        let offset = unsigned(c.offsetStart + index * c.offsetSize, c.offsetSize)
        return (metadataKey(id), Variant(value: value, metadata: metadata, position: c.dataStart + offset))
    }

    /// The field named `key` (fields are sorted by key, so a binary search finds it).
    public func field(named key: String) -> Variant? {
        guard basicType == .object else { return nil }
        var low = 0, high = count - 1
        let target = Array(key.utf8)
        while low <= high {
            let middle = (low + high) / 2
            guard let (name, element) = field(at: middle) else { return nil }
            let candidate = Array(name.utf8)
            if candidate == target { return element }
            if candidate.lexicographicallyPrecedes(target) { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    public func element(at index: Int) -> Variant? {
        guard basicType == .array, let c = container, index >= 0, index < c.count else { return nil }
        let offset = unsigned(c.offsetStart + index * c.offsetSize, c.offsetSize)
        return Variant(value: value, metadata: metadata, position: c.dataStart + offset)
    }

    /// Dictionary string `id` of the metadata.
    func metadataKey(_ id: Int) -> String {
        guard let first = metadata.first else { return "" }
        let offsetSize = Int((first >> 6) & 3) + 1
        func read(_ at: Int) -> Int {
            var r = 0
            for i in 0..<offsetSize where at + i < metadata.count { r |= Int(metadata[at + i]) << (8 * i) }
            return r
        }
        let dictionarySize = read(1)
        guard id < dictionarySize else { return "" }
        let offsetsStart = 1 + offsetSize
        let stringsStart = offsetsStart + (dictionarySize + 1) * offsetSize
        let start = read(offsetsStart + id * offsetSize), end = read(offsetsStart + (id + 1) * offsetSize)
        guard stringsStart + end <= metadata.count, start <= end else { return "" }
        return String(decoding: metadata[(stringsStart + start)..<(stringsStart + end)], as: UTF8.self)
    }
}
