/// What every refusal of a Python UDF says (`F.udf`, `@udf`, `spark.udf.register`): cells run Python functions,
/// but a function run per row inside a query needs a Python worker, which is the plugin's work; each message gives
/// the same reason and the same way forward, and promises nothing that does not exist.
public enum PythonFunctionsAdvice {
    /// Why the construct is refused.
    public static let reason = "Python UDFs are not supported yet: Sparkbook runs Python functions in cells, "
        + "but a function applied to each row of a query needs the Python worker plugin, which does not exist yet"
    /// What to write instead.
    public static let instead = "write the logic with built-in functions from pyspark.sql.functions "
        + "(F.when, F.regexp_replace, F.split, F.transform(col, lambda x: ...), ...) or as a SQL expression with F.expr(\"...\")"
}
