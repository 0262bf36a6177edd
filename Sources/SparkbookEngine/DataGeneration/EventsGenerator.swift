import Foundation

/// Generates the seed notebook's event data set (`event_id,event_time,country,device,amount`), deterministically
/// from a seed, fast enough for millions of rows (bytes are formatted by hand into 4 MiB chunks).
///
/// Rows: ids `1...rows`; times uniform over 2024 (`yyyy-MM-dd HH:mm:ss`); 20 countries with a Zipf-like skew;
/// 5 devices with a realistic skew; amounts log-normal around 40 with two decimals in 0.50...999.99.
/// Every one of the 100 country x device groups appears once `rows >= 100`: rows spaced evenly through the file
/// cycle through all combinations. With `dirty`, about 3% of rows are malformed (missing or non-numeric amounts,
/// short rows, quoted countries with commas, bad timestamps), as real exports are.
public struct EventsGenerator: Sendable {
    public static let header = "event_id,event_time,country,device,amount"
    public static let countries = [
        "US", "IN", "GB", "DE", "BR", "FR", "JP", "CA", "AU", "CN",
        "MX", "ES", "IT", "NL", "KR", "SE", "SG", "ZA", "NG", "AE",
    ]
    public static let devices = ["mobile", "desktop", "tablet", "tv", "console"]
    static let deviceWeights = [0.45, 0.30, 0.12, 0.08, 0.05]
    /// 2024-01-01 00:00:00 UTC and the number of seconds in the leap year 2024.
    static let startSeconds: Int64 = 1_704_067_200
    static let yearSeconds: Int64 = 366 * 86_400

    public let rows: Int
    public let seed: UInt64
    public let dirty: Bool

    public init(rows: Int, seed: UInt64 = 42, dirty: Bool = false) {
        self.rows = max(0, rows)
        self.seed = seed
        self.dirty = dirty
    }

    /// The fewest bytes a row takes: a digit, a 19-character time, two-letter country and device, an amount of
    /// four characters (`0.50`), four commas and the line end (a malformed row can be shorter, but only ~3% are).
    static let leastRowBytes: Int64 = 30

    /// A lower bound of the file's size, so a refusal never turns away a file that would fit.
    public var leastBytes: Int64 {
        let (rowBytes, overflow) = Int64(rows).multipliedReportingOverflow(by: Self.leastRowBytes)
        return overflow ? .max : rowBytes + Int64(Self.header.utf8.count + 1)
    }

    /// Streams the CSV (header included, `\n` line ends) to `url`, replacing any file there; refused first when
    /// the file cannot fit in the free space of its file system.
    public func write(to url: URL) throws {
        try GeneratedDataSpace.check(rows: rows, neededBytes: leastBytes, for: url)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CSVError(.unreadableFile, "Cannot create file", path: url.path)
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try generate { chunk in try handle.write(contentsOf: Data(chunk)) }
    }

    /// The whole CSV in memory; for tests and small row counts.
    public func bytes() -> [UInt8] {
        var all: [UInt8] = []
        generate { all.append(contentsOf: $0) }
        return all
    }

    /// Produces the CSV in chunks of about 4 MiB, handing each to `sink`.
    public func generate(_ sink: ([UInt8]) throws -> Void) rethrows {
        var writer = EventRowWriter(seed: seed, dirty: dirty)
        var chunk: [UInt8] = []
        chunk.reserveCapacity(4 << 20 + 256)
        chunk.append(contentsOf: Self.header.utf8)
        chunk.append(0x0A)
        let spacing = max(1, rows / 100)
        for id in stride(from: 1, through: rows, by: 1) {
            let slot = id - 1
            let forcedGroup = slot % spacing == 0 && slot / spacing < 100 ? slot / spacing : nil
            writer.appendRow(id: id, forcedGroup: forcedGroup, to: &chunk)
            if chunk.count >= 4 << 20 {
                try sink(chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        if !chunk.isEmpty { try sink(chunk) }
    }
}
