public enum JobResult: Hashable, Sendable {
    case succeeded
    case failed(message: String)
}
