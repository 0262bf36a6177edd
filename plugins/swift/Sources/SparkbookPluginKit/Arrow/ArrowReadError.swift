/// Why a batch Sparkbook sent could not be read: a malformed stream, or a type this reader does not read.
public struct ArrowReadError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
