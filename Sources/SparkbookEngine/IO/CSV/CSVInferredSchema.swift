import Foundation
import Synchronization

/// The schema of a CSV scan with `inferSchema`, inferred from a prefix of the input first and from all of it
/// once a read meets a value the prefix did not predict.
///
/// Spark infers over every row, which costs a full pass before the query starts. Sampling the first
/// `sampleBytes` is much cheaper and, on data whose types are uniform, gives the same answer; when it does not,
/// the reader throws `CSVSampleMisfit`, `refine()` infers over everything (Spark's exact result) and the query
/// is planned again. A schema that covered the whole input is never refined.
public final class CSVInferredSchema: Sendable {
    public let files: [String]
    public let options: CSVOptions
    public let sessionZone: TimeZone
    public let lineLimit: LineLengthLimit
    private let state: Mutex<(result: CSVSchemaInference.Result, complete: Bool)>

    /// How much of the input the first inference reads (a few megabytes: well under a second of parsing).
    /// Files up to this size are inferred whole, exactly as Spark does, so `printSchema()` of a column no query
    /// reads can never differ from Spark's; larger inputs are sampled and widened when a read disagrees.
    public static let defaultSampleBytes = 8 << 20

    public init(files: [String], options: CSVOptions, sessionZone: TimeZone,
                sampleBytes: Int = CSVInferredSchema.defaultSampleBytes, lineLimit: LineLengthLimit = .sparkDefault) throws {
        self.files = files
        self.options = options
        self.sessionZone = sessionZone
        self.lineLimit = lineLimit
        let inference = CSVSchemaInference(options: options, sessionZone: sessionZone, lineLimit: lineLimit)
        // A sampling ratio asks for Spark's own sampling over all rows; keep it exact.
        let limit = options.samplingRatio == nil ? sampleBytes : nil
        let (result, complete) = try inference.infer(files: files, sampleBytes: limit)
        state = Mutex((result, complete))
    }

    public var result: CSVSchemaInference.Result { state.withLock { $0.result } }

    /// Whether the current schema came from the whole input.
    public var isComplete: Bool { state.withLock { $0.complete } }

    /// The check a reader applies while the schema is still sampled, else nil.
    public var sampleCheck: CSVSampleCheck? {
        state.withLock { s in
            s.complete ? nil : CSVSampleCheck(types: s.result.types, options: options, sessionZone: sessionZone)
        }
    }

    /// Infers over the whole input (once) and returns the final schema.
    @discardableResult
    public func refine() throws -> CSVSchemaInference.Result {
        try state.withLock { s in
            if !s.complete {
                s.result = try CSVSchemaInference(options: options, sessionZone: sessionZone, lineLimit: lineLimit)
                    .infer(files: files)
                s.complete = true
            }
            return s.result
        }
    }
}
