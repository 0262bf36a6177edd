import SparkbookEngine
import SparkbookInterpreter
import SparkbookSyntax

/// The plugins every registry starts with.
public enum BuiltInPlugins {
    public static let all: [any SparkbookPlugin] = [CorePlugin()]
}
