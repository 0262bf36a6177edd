import SparkbookDataFrame

/// What `sparkbook --version` and `sparkbook version` print, from one place: Sparkbook's own version, the
/// Spark release whose behaviour it reproduces, and the Swift that built it (as spark-submit names its Scala).
enum SparkbookVersion {
    /// Sparkbook's own version; change it here only.
    static let sparkbook = "0.1.0"

    static var swift: String {
        #if swift(>=6.4)
        "6.4"
        #elseif swift(>=6.3)
        "6.3"
        #elseif swift(>=6.2)
        "6.2"
        #else
        "6.1"
        #endif
    }

    static var line: String {
        "Sparkbook \(sparkbook), mirroring Spark \(SparkSession.sparkVersion), built with Swift \(swift)"
    }
}
