import SparkbookPluginKit

/// What the plugin answers besides the handshake: `ping` (the batch back, for `sparkbook plugins check`) and
/// `function.call` (the argument columns of a batch in, one result column out, null in, null out).
enum HashingMethods {
    static let name = "hashing"
    static let version = "1.0.0"

    static func answer(_ method: String, _ params: [String: Any]) throws -> [String: Any] {
        switch method {
        case "ping":
            return ["batch": params["batch"] as? [UInt8] ?? []]
        case "function.call":
            guard let batch = params["batch"] as? [UInt8] else { throw HashingError("function.call without a batch") }
            let function = params["name"] as? String ?? ""
            let batches = try ArrowStreamReader.read(batch)
            let rows = batches.reduce(0) { $0 + ($1.first?.count ?? 0) }
            guard batches.count == 1 else { throw HashingError("expected one record batch, got \(batches.count)") }
            let column = try call(function, batches[0], rows: rows)
            return ["batch": ArrowStreamWriter.stream([column], rowCount: rows)]
        default:
            throw UnknownMethod(method: method)
        }
    }

    private static func call(_ function: String, _ arguments: [ArrowArray], rows: Int) throws -> ArrowColumn {
        switch (function, arguments.count) {
        case ("fnv1a64", 1):
            let text = arguments[0]
            var out = ArrowColumn(name: "result", kind: .bigint)
            out.reserveCapacity(rows: rows)
            for row in 0..<rows {
                if text.isNull(row) { out.appendNull() } else { out.append(Hashes.fnv1a64(text.bytes(at: row))) }
            }
            return out
        case ("mix64", 1):
            let ids = try integers(arguments[0], of: function)
            var out = ArrowColumn(name: "result", kind: .bigint)
            out.reserveCapacity(rows: rows)
            for row in 0..<rows {
                if arguments[0].isNull(row) { out.appendNull() } else { out.append(Hashes.mix64(ids[row])) }
            }
            return out
        case ("jump_bucket", 2):
            let keys = try integers(arguments[0], of: function), buckets = try integers(arguments[1], of: function)
            var out = ArrowColumn(name: "result", kind: .int)
            out.reserveCapacity(rows: rows)
            for row in 0..<rows {
                if arguments[0].isNull(row) || arguments[1].isNull(row) {
                    out.appendNull()
                    continue
                }
                guard buckets[row] > 0, buckets[row] <= Int64(Int32.max) else {
                    throw HashingError("jump_bucket(key, n) needs n between 1 and \(Int32.max), not \(buckets[row])")
                }
                out.append(Hashes.jumpBucket(key: UInt64(bitPattern: keys[row]), buckets: Int32(buckets[row])))
            }
            return out
        default:
            throw HashingError("the hashing plugin has no function \(function) of \(arguments.count) arguments")
        }
    }

    /// An integer column's values (a column of nulls has none to read: every row is null).
    private static func integers(_ column: ArrowArray, of function: String) throws -> [Int64] {
        switch column.values {
        case .integers(let values): return values
        case .nulls: return [Int64](repeating: 0, count: column.count)
        default: throw HashingError("\(function) takes integers, not \(column.type)")
        }
    }
}

/// Why a call failed, in words for the notebook's user (the JSON-RPC error's message).
struct HashingError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
