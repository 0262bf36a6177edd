import SparkbookEngine
import SparkbookInterpreter
import SparkbookSyntax

/// A result shown as Python's `repr`, as Jupyter shows `Out[n]`.
struct ReprRenderer: ResultRenderer {
    func render(_ value: PyValue) -> RichOutput? { RichOutput(plain: value.repr) }
}
