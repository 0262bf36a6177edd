import Testing
@testable import SparkbookInterpreter

/// The import forms notebooks use, and errors for modules Sparkbook does not provide.
struct InterpreterImportsTests {
    @Test(arguments: [
        ("import pyspark.sql.functions as F\nprint(F)", "<module 'pyspark.sql.functions'>\n"),
        ("import pyspark\nprint(pyspark.sql.functions)", "<module 'pyspark.sql.functions'>\n"),
        ("from pyspark.sql import SparkSession, functions as F\nprint(SparkSession, F.col)", "<class 'pyspark.sql.session.SparkSession'> <bound method module.col>\n"),
        ("from pyspark.sql.functions import *\nprint(col('x'), sum('y'))", "Column<'x'> Column<'sum(y)'>\n"),
        // Python's own REPL has sys.argv == [''] too; `sparkbook run` gives the script's path and arguments.
        ("import sys\nprint(sys.argv, sys.argv[0] == '')", "[''] True\n"),
        ("from sys import argv\nprint(len(argv))", "1\n"),
    ])
    func importForms(_ source: String, _ expected: String) async throws {
        #expect(try await ScriptHarness.stdout(source) == expected)
    }

    @Test func anUnknownModuleIsModuleNotFound() async {
        let error = await ScriptHarness.failure("import pandas as pd")
        #expect(error?.exceptionName == "ModuleNotFoundError")
        #expect(error?.message == "No module named 'pandas'")
        #expect(error?.rendered.contains("help: Sparkbook provides pyspark, pyspark.sql, pyspark.sql.functions, pyspark.sql.types, pyspark.errors, decimal, datetime, time, sys, math, json, re, collections, os, os.path and tempfile") == true)
    }

    @Test func aMisspelledNameIsAnImportErrorWithASuggestion() async {
        let error = await ScriptHarness.failure("from pyspark.sql import SparkSesion")
        #expect(error?.exceptionName == "ImportError")
        #expect(error?.message == "cannot import name 'SparkSesion' from 'pyspark.sql'")
        #expect(error?.rendered.hasSuffix("help: did you mean 'SparkSession'?") == true)
    }

    @Test func relativeImportsAreNotFound() async {
        #expect(await ScriptHarness.failure("from . import x")?.exceptionName == "ModuleNotFoundError")
    }
}
