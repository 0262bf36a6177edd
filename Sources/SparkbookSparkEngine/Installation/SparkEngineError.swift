/// Why the spark engine cannot run, in words that say what to do.
public enum SparkEngineError: Error, Equatable, CustomStringConvertible {
    case noJava(String)
    case noSpark(String)
    case cannotStart(String)
    case installFailed(String)
    /// A file the engine comparison reads is malformed (`file:line: why`).
    case invalidInput(String)

    public var description: String {
        switch self {
        case .noJava(let why), .noSpark(let why), .cannotStart(let why), .installFailed(let why), .invalidInput(let why): why
        }
    }
}
