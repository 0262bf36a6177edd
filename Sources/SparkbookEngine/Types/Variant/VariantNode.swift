/// A variant opened up for editing (`variant_insert`, `variant_set`, `variant_delete`, `variant_array_append`,
/// `variant_strip_nulls`): objects and arrays as Swift collections, everything else left as encoded bytes, then
/// written back through `VariantBuilder`, which sorts keys and picks offset widths again.
public indirect enum VariantNode: Sendable {
    case object([(key: String, value: VariantNode)])
    case array([VariantNode])
    case leaf(Variant)

    public init(_ v: Variant) {
        switch v.kind {
        case .object: self = .object((0..<v.count).compactMap { v.field(at: $0) }.map { ($0.key, VariantNode($0.value)) })
        case .array: self = .array((0..<v.count).compactMap { v.element(at: $0) }.map(VariantNode.init))
        default: self = .leaf(v)
        }
    }

    static let null = VariantNode.leaf(Variant(value: [0], metadata: [1, 0, 0]))

    var isNull: Bool {
        if case .leaf(let v) = self { return v.kind == .null }
        return false
    }

    public func variant() throws -> Variant {
        var builder = VariantBuilder()
        try write(into: &builder)
        return builder.result()
    }

    func write(into builder: inout VariantBuilder) throws {
        switch self {
        case .leaf(let v): try builder.append(v)
        case .array(let elements):
            let start = builder.writePosition
            var offsets: [Int] = []
            for element in elements {
                offsets.append(builder.writePosition - start)
                try element.write(into: &builder)
            }
            builder.finishArray(start: start, offsets: offsets)
        case .object(let fields):
            let start = builder.writePosition
            var entries: [(key: String, id: Int, offset: Int)] = []
            for field in fields {
                entries.append((field.key, builder.addKey(field.key), builder.writePosition - start))
                try field.value.write(into: &builder)
            }
            try builder.finishObject(start: start, fields: entries)
        }
    }

    /// What an edit does at the path's last step.
    public enum Edit: Sendable {
        /// `variant_insert`: a new field (an existing one is `VARIANT_DUPLICATE_KEY`) or element (shifting the
        /// rest; past the end, nulls pad the gap).
        case insert(VariantNode)
        /// `variant_set`: replace or, when `create`, add as insert does.
        case set(VariantNode, create: Bool)
        case delete
        /// `variant_array_append`: the path must name an array.
        case append(VariantNode)
    }

    /// The path step where the value does not have the shape the path needs (`VARIANT_PATH_TYPE_MISMATCH`).
    public struct PathMismatch: Error {
        public let at: Int
    }

    /// Applies `edit` at `path`; intermediate objects (or arrays) are created for insert and set.
    public func editing(_ path: [VariantPath.Segment], _ edit: Edit, depth: Int = 0) throws -> VariantNode {
        guard let segment = path.first else {
            if case .append(let value) = edit {
                guard case .array(let elements) = self else { throw PathMismatch(at: depth) }
                return .array(elements + [value])
            }
            if case .set(let value, _) = edit { return value }
            return self
        }
        let rest = Array(path.dropFirst())
        let creates: Bool
        switch edit {
        case .insert: creates = true
        case .set(_, let create): creates = create
        case .delete, .append: creates = false
        }
        switch (segment, self) {
        case (.key(let key), .object(var fields)):
            let found = fields.firstIndex { $0.key == key }
            if rest.isEmpty {
                switch edit {
                case .insert(let value):
                    if found != nil {
                        throw SparkError(.execution, errorClass: "VARIANT_DUPLICATE_KEY",
                                         message: "Failed to build variant because of a duplicate object key `\(key)`.",
                                         sqlState: "22023")
                    }
                    fields.append((key, value))
                case .set(let value, let create):
                    if let found { fields[found].value = value } else if create { fields.append((key, value)) }
                case .delete:
                    if let found { fields.remove(at: found) }
                case .append:
                    guard let found else { return self }
                    fields[found].value = try fields[found].value.editing([], edit, depth: depth + 1)
                }
                return .object(fields)
            }
            if let found {
                fields[found].value = try fields[found].value.editing(rest, edit, depth: depth + 1)
            } else if creates {
                fields.append((key, try Self.created(for: rest).editing(rest, edit, depth: depth + 1)))
            }
            return .object(fields)
        case (.index(let index), .array(var elements)):
            if rest.isEmpty {
                switch edit {
                case .insert(let value):
                    if index <= elements.count { elements.insert(value, at: index) }
                    else { elements += Array(repeating: Self.null, count: index - elements.count) + [value] }
                case .set(let value, let create):
                    if index < elements.count { elements[index] = value }
                    else if create { elements += Array(repeating: Self.null, count: index - elements.count) + [value] }
                case .delete:
                    if index < elements.count { elements.remove(at: index) }
                case .append:
                    guard index < elements.count else { return self }
                    elements[index] = try elements[index].editing([], edit, depth: depth + 1)
                }
                return .array(elements)
            }
            if index < elements.count {
                elements[index] = try elements[index].editing(rest, edit, depth: depth + 1)
            } else if creates {
                elements += Array(repeating: Self.null, count: index - elements.count)
                elements.append(try Self.created(for: rest).editing(rest, edit, depth: depth + 1))
            }
            return .array(elements)
        default:
            if case .delete = edit { return self }
            throw PathMismatch(at: depth)
        }
    }

    /// The empty container a missing step is created as.
    private static func created(for rest: [VariantPath.Segment]) -> VariantNode {
        if case .index? = rest.first { return .array([]) }
        return .object([])
    }

    /// `variant_strip_nulls`: object fields that are null removed at every depth, array elements too when asked.
    public func strippingNulls(inArrays: Bool) -> VariantNode {
        switch self {
        case .leaf: return self
        case .object(let fields):
            return .object(fields.filter { !$0.value.isNull }.map { ($0.key, $0.value.strippingNulls(inArrays: inArrays)) })
        case .array(let elements):
            return .array(elements.filter { !inArrays || !$0.isNull }.map { $0.strippingNulls(inArrays: inArrays) })
        }
    }
}
