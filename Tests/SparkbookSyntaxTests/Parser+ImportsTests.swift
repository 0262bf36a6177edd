import Testing
@testable import SparkbookSyntax

/// The three import forms a PySpark notebook uses, plus the variants around them.
@Suite struct ParserImportsTests {
    @Test func fromImport() throws {
        let program = try #require(Fixture.program("from pyspark.sql import SparkSession"))
        guard case .importFrom(let module, let level, let names) = program.statements[0].kind else {
            Issue.record("expected from-import")
            return
        }
        #expect(module == ["pyspark", "sql"])
        #expect(level == 0)
        #expect(names.map(\.boundName) == ["SparkSession"])
    }

    @Test func fromImportWithAlias() throws {
        let program = try #require(Fixture.program("from pyspark.sql import functions as F"))
        guard case .importFrom(_, _, let names) = program.statements[0].kind else {
            Issue.record("expected from-import")
            return
        }
        #expect(names[0].path == ["functions"])
        #expect(names[0].boundName == "F")
    }

    @Test func importDottedModuleWithAlias() throws {
        let program = try #require(Fixture.program("import pyspark.sql.functions as F"))
        guard case .import(let names) = program.statements[0].kind else {
            Issue.record("expected import")
            return
        }
        #expect(names[0].dottedPath == "pyspark.sql.functions")
        #expect(names[0].boundName == "F")
    }

    @Test func importWithoutAliasBindsFirstComponent() throws {
        let program = try #require(Fixture.program("import pyspark.sql"))
        guard case .import(let names) = program.statements[0].kind else {
            Issue.record("expected import")
            return
        }
        #expect(names[0].boundName == "pyspark")
    }

    @Test func otherForms() {
        #expect(Fixture.tree("from pyspark.sql.types import (StructType,\n    StructField as SF,)")
                == "(from pyspark.sql.types import StructType, StructField as SF)")
        #expect(Fixture.tree("from pyspark.sql.functions import *") == "(from pyspark.sql.functions import *)")
        #expect(Fixture.tree("from . import helpers") == "(from . import helpers)")
        #expect(Fixture.tree("import os, sys as system") == "(import os, sys as system)")
    }

    @Test func malformedImports() {
        #expect(Fixture.diagnostic("from pyspark.sql SparkSession")?.message == "expected 'import' after 'from pyspark.sql'")
        #expect(Fixture.diagnostic("import pyspark.")?.message == "expected a module name")
        #expect(Fixture.diagnostic("import x as")?.message == "expected a name after 'as'")
    }
}
