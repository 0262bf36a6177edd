import Foundation

extension SQLStatement {
    /// The table and database commands, or nil when `p` starts none of them (it is then left where it was).
    static func tableCommand(_ p: inout SQLExpressionParser) throws -> SQLTableCommand? {
        let start = p.position
        if p.accept(keyword: "CREATE") {
            var replace = false
            if p.accept(keyword: "OR") { try p.expect(keyword: "REPLACE"); replace = true }
            if p.accept(keyword: "TABLE") { return .createTable(try createTable(&p, replace: replace)) }
            if !replace, p.accept(keyword: "DATABASE") || p.accept(keyword: "SCHEMA") || p.accept(keyword: "NAMESPACE") {
                let ifNotExists = try ifNotExistsClause(&p)
                let name = try p.identifier()
                var comment: String?
                var location: String?
                while p.current != .end {
                    if p.accept(keyword: "COMMENT") { comment = try string(&p) } else if p.accept(keyword: "LOCATION") { location = try string(&p) } else { throw p.near() }
                }
                return .createDatabase(name, ifNotExists: ifNotExists, comment: comment, location: location)
            }
            p.position = start
            return nil
        }
        if p.accept(keyword: "INSERT") { return .insert(try insert(&p)) }
        if p.accept(keyword: "DROP") {
            if p.accept(keyword: "TABLE") {
                let ifExists = try ifExistsClause(&p)
                let name = try qualifiedName(&p)
                _ = p.accept(keyword: "PURGE")
                try p.expectEnd()
                return .dropTable(name, ifExists: ifExists)
            }
            if p.accept(keyword: "DATABASE") || p.accept(keyword: "SCHEMA") || p.accept(keyword: "NAMESPACE") {
                let ifExists = try ifExistsClause(&p)
                let name = try p.identifier()
                let cascade = p.accept(keyword: "CASCADE")
                if !cascade { _ = p.accept(keyword: "RESTRICT") }
                try p.expectEnd()
                return .dropDatabase(name, ifExists: ifExists, cascade: cascade)
            }
            p.position = start
            return nil
        }
        if p.accept(keyword: "USE") {
            _ = p.accept(keyword: "DATABASE") || p.accept(keyword: "SCHEMA") || p.accept(keyword: "NAMESPACE")
            let name = try p.identifier()
            try p.expectEnd()
            return .use(name)
        }
        if p.accept(keyword: "SHOW") {
            if p.accept(keyword: "DATABASES") || p.accept(keyword: "SCHEMAS") || p.accept(keyword: "NAMESPACES") {
                _ = p.accept(keyword: "LIKE")
                var pattern: String?
                if case .string(let s) = p.current { pattern = s; p.advance() }
                try p.expectEnd()
                return .showDatabases(pattern: pattern)
            }
            if p.accept(keyword: "CREATE") {
                try p.expect(keyword: "TABLE")
                let name = try qualifiedName(&p)
                _ = p.accept(keyword: "AS") && p.accept(keyword: "SERDE")
                try p.expectEnd()
                return .showCreateTable(name)
            }
            p.position = start
            return nil
        }
        if p.accept(keyword: "TRUNCATE") {
            try p.expect(keyword: "TABLE")
            let name = try qualifiedName(&p)
            try p.expectEnd()
            return .truncate(name)
        }
        if p.accept(keyword: "ALTER") {
            try p.expect(keyword: "TABLE")
            let name = try qualifiedName(&p)
            guard p.accept(keyword: "RENAME") else {
                throw SparkError(.unsupported, errorClass: "UNSUPPORTED_FEATURE",
                                 message: "Sparkbook's ALTER TABLE supports RENAME TO only.")
            }
            try p.expect(keyword: "TO")
            let target = try qualifiedName(&p)
            try p.expectEnd()
            return .rename(name, to: target)
        }
        return nil
    }

    /// `a`, `db.a`, `spark_catalog.db.a`, each part possibly backquoted, as one dotted name.
    static func qualifiedName(_ p: inout SQLExpressionParser) throws -> String {
        var parts = [try p.identifier()]
        while p.accept(symbol: ".") { parts.append(try p.identifier()) }
        return parts.map { $0.contains(".") ? "`\($0)`" : $0 }.joined(separator: ".")
    }

    private static func ifNotExistsClause(_ p: inout SQLExpressionParser) throws -> Bool {
        guard p.accept(keyword: "IF") else { return false }
        try p.expect(keyword: "NOT")
        try p.expect(keyword: "EXISTS")
        return true
    }

    private static func ifExistsClause(_ p: inout SQLExpressionParser) throws -> Bool {
        guard p.accept(keyword: "IF") else { return false }
        try p.expect(keyword: "EXISTS")
        return true
    }

    private static func string(_ p: inout SQLExpressionParser) throws -> String {
        guard case .string(let s) = p.current else { throw p.near() }
        p.advance()
        return s
    }

    /// `(name, ...)`.
    private static func nameList(_ p: inout SQLExpressionParser) throws -> [String] {
        try p.expect(symbol: "(")
        var names: [String] = []
        repeat { names.append(try p.identifier()) } while p.accept(symbol: ",")
        try p.expect(symbol: ")")
        return names
    }

    /// `(key [=] 'value', ...)`: keys may be dotted (`'a.b'`, `a.b`) or quoted.
    private static func keyValues(_ p: inout SQLExpressionParser) throws -> [String: String] {
        try p.expect(symbol: "(")
        var pairs: [String: String] = [:]
        repeat {
            var key: String
            if case .string(let s) = p.current { key = s; p.advance() } else {
                key = try p.identifier()
                while p.accept(symbol: ".") { key += "." + (try p.identifier()) }
            }
            _ = p.accept(symbol: "=")
            switch p.current {
            case .string(let s), .number(let s): pairs[key] = s; p.advance()
            case .identifier(let s): pairs[key] = s.lowercased() == "true" || s.lowercased() == "false" ? s.lowercased() : s; p.advance()
            default: throw p.near()
            }
        } while p.accept(symbol: ",")
        try p.expect(symbol: ")")
        return pairs
    }

    /// The column definitions' tokens between `(` and its `)`, rebuilt as DDL text for the schema parser.
    private static func columnDefinitions(_ p: inout SQLExpressionParser) throws -> StructType {
        try p.expect(symbol: "(")
        var depth = 0
        var text = ""
        var previousWord = false
        while !(depth == 0 && p.isSymbol(")")) {
            let token = p.current
            var word = false
            switch token {
            case .end: throw p.near()
            case .identifier(let s), .number(let s): text += (previousWord ? " " : "") + s; word = true
            case .quotedIdentifier(let s): text += (previousWord ? " " : "") + "`" + s.replacingOccurrences(of: "`", with: "``") + "`"; word = true
            case .string(let s): text += " '" + s.replacingOccurrences(of: "'", with: "\\'") + "'"; word = true
            case .symbol(let s):
                if s == "(" || s == "<" { depth += 1 }
                if s == ")" || s == ">" { depth -= 1 }
                if s == ">>" { depth -= 2 }
                text += s == "," && depth == 0 ? ", " : s
            }
            previousWord = word
            p.advance()
        }
        try p.expect(symbol: ")")
        return try DDLSchemaParser.parseSchema(text)
    }

    private static func createTable(_ p: inout SQLExpressionParser, replace: Bool) throws -> SQLTableCommand.CreateTable {
        var create = SQLTableCommand.CreateTable()
        create.replace = replace
        create.ifNotExists = try ifNotExistsClause(&p)
        create.name = try qualifiedName(&p)
        if p.isSymbol("(") { create.columns = try columnDefinitions(&p) }
        while p.current != .end {
            if p.accept(keyword: "USING") {
                create.provider = try p.identifier().lowercased()
            } else if p.accept(keyword: "PARTITIONED") {
                try p.expect(keyword: "BY")
                create.partitionColumns = try nameList(&p)
            } else if p.accept(keyword: "LOCATION") {
                create.location = try string(&p)
            } else if p.accept(keyword: "OPTIONS") {
                create.options.merge(try keyValues(&p)) { $1 }
            } else if p.accept(keyword: "TBLPROPERTIES") {
                create.properties.merge(try keyValues(&p)) { $1 }
            } else if p.accept(keyword: "COMMENT") {
                create.comment = try string(&p)
            } else if p.accept(keyword: "AS") {
                var query = try SQLQueryParser.query(&p)
                try p.expectEnd()
                query.subqueries = p.subqueries
                create.query = query
            } else if p.isKeyword("SELECT") || p.isKeyword("WITH") {
                var query = try SQLQueryParser.query(&p)
                try p.expectEnd()
                query.subqueries = p.subqueries
                create.query = query
            } else {
                throw p.near()
            }
        }
        return create
    }

    private static func insert(_ p: inout SQLExpressionParser) throws -> SQLTableCommand.Insert {
        var insert = SQLTableCommand.Insert()
        if p.accept(keyword: "OVERWRITE") { insert.overwrite = true } else { try p.expect(keyword: "INTO") }
        _ = p.accept(keyword: "TABLE")
        insert.table = try qualifiedName(&p)
        if p.accept(keyword: "PARTITION") {
            try p.expect(symbol: "(")
            repeat {
                let column = try p.identifier()
                insert.partition.append((column, p.accept(symbol: "=") ? try p.expression() : nil))
            } while p.accept(symbol: ",")
            try p.expect(symbol: ")")
        }
        if p.isSymbol("(") {
            // A column list, unless the parenthesis opens the query itself.
            let save = p.position
            p.advance()
            let opensQuery = p.isKeyword("SELECT") || p.isKeyword("WITH")
            p.position = save
            if !opensQuery { insert.columns = try nameList(&p) }
        }
        if p.accept(keyword: "VALUES") {
            insert.source = .values(try SQLQueryParser.valuesRows(&p))
            try p.expectEnd()
        } else {
            var query = try SQLQueryParser.query(&p)
            try p.expectEnd()
            query.subqueries = p.subqueries
            insert.source = .query(query)
        }
        return insert
    }
}
