public enum OutputStream: String, Sendable {
    case stdout, stderr
}
