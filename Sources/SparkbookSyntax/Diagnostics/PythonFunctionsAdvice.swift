/// What every refusal of a Python function says (`def`, `lambda`, a decorator, `F.udf`): Sparkbook's interpreter
/// does not run user-defined Python code yet, so each message gives the same reason and the same way forward, and
/// promises nothing that does not exist.
public enum PythonFunctionsAdvice {
    /// Why the construct is refused.
    public static let reason = "Sparkbook's interpreter does not run Python functions or UDFs yet"
    /// What to write instead.
    public static let instead = "write the logic with built-in functions from pyspark.sql.functions "
        + "(F.when, F.regexp_replace, F.split, ...) or as a SQL expression with F.expr(\"...\"), inline where it is used"
}
