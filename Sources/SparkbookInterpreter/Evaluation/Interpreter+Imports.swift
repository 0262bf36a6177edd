import SparkbookSyntax

/// `import pyspark.sql.functions as F` and `from pyspark.sql import SparkSession, functions as F`.
extension Interpreter {
    func importModule(_ name: ImportedName) throws {
        guard let module = ModuleName(rawValue: name.dottedPath) else {
            throw moduleNotFound(name.dottedPath, span: name.span)
        }
        // `import a.b.c` binds `a`; `import a.b.c as x` binds the module itself.
        if let alias = name.alias {
            setName(alias, .module(module))
        } else {
            setName(name.path[0], .module(ModuleName(rawValue: name.path[0]) ?? module))
        }
    }

    func importFrom(module path: [String], level: Int, names: [ImportedName], span: SourceSpan) throws {
        let dotted = path.joined(separator: ".")
        guard level == 0, let module = ModuleName(rawValue: dotted) else {
            throw moduleNotFound(dotted, span: span)
        }
        for name in names {
            let member = name.dottedPath
            if member == "*" {
                for (key, value) in ModuleMembers.all(of: module, context: context) { setName(key, value) }
                continue
            }
            guard let value = ModuleMembers.member(member, of: module, context: context) else {
                let suggestion = ModuleMembers.names(of: module).bestMatch(for: member)
                throw ScriptError("ImportError", "cannot import name '\(member)' from '\(dotted)'", span: name.span,
                                  suggestion: suggestion.map { "did you mean '\($0)'?" })
            }
            setName(name.boundName, value)
        }
    }

    private func moduleNotFound(_ name: String, span: SourceSpan) -> ScriptError {
        ScriptError("ModuleNotFoundError", "No module named '\(name)'", span: span,
                    suggestion: "Sparkbook provides pyspark, pyspark.sql, pyspark.sql.functions, pyspark.sql.types, pyspark.errors, decimal, datetime, time, sys, math, json, re, collections, os, os.path and tempfile")
    }
}
