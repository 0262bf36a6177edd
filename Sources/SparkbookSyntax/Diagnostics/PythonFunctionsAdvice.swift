/// What Sparkbook says when a Python UDF (`F.udf`, `@udf`, `spark.udf.register`) cannot run: UDFs run in the
/// Python worker plugin (plugins/python), and this names the command that makes its Python.
public enum PythonFunctionsAdvice {
    public static let workerMissing = "Python UDFs run in Sparkbook's Python worker plugin (plugins/python), which is not installed: "
        + "run `make python-worker` in Sparkbook's folder, then run from that folder or copy plugins/python into "
        + "~/.sparkbook/plugins (or pass --plugins DIR)"
}
