/// `import a.b.c [as x], ...` and `from [.]a.b import x [as y], z` / `import (x, y)` / `import *`.
extension Parser {
    mutating func parseImport() throws -> Statement {
        let importToken = advance()
        var names: [ImportedName] = []
        repeat {
            let start = current.span.start
            let path = try parseDottedName()
            let alias = try parseAlias()
            names.append(ImportedName(path: path, alias: alias, span: span(from: start)))
        } while consume(.comma) != nil
        return Statement(.import(names), span: span(from: importToken.span.start))
    }

    mutating func parseFromImport() throws -> Statement {
        let fromToken = advance()
        var level = 0
        while true {
            if consume(.dot) != nil { level += 1 } else if consume(.ellipsis) != nil { level += 3 } else { break }
        }
        let module = check(.import) && level > 0 ? [] : try parseDottedName()
        guard consume(.import) != nil else {
            throw error("expected 'import' after 'from \(module.joined(separator: "."))'", at: current)
        }
        var names: [ImportedName] = []
        if let star = consume(.star) {
            names.append(ImportedName(path: ["*"], alias: nil, span: star.span))
        } else {
            let open = consume(.leftParen)
            repeat {
                if open != nil, check(.rightParen) { break }
                let nameToken = current
                guard case .name(let name) = nameToken.kind else {
                    throw error("expected a name to import", at: nameToken)
                }
                advance()
                let alias = try parseAlias()
                names.append(ImportedName(path: [name], alias: alias, span: span(from: nameToken.span.start)))
            } while consume(.comma) != nil
            if let open {
                let message = "expected ')' to close '(' opened at \(location(open.span.start))"
                _ = try expect(.rightParen, message)
            }
        }
        return Statement(.importFrom(module: module, level: level, names: names), span: span(from: fromToken.span.start))
    }

    private mutating func parseDottedName() throws -> [String] {
        var path: [String] = []
        repeat {
            guard case .name(let name) = current.kind else {
                throw error("expected a module name", at: current)
            }
            advance()
            path.append(name)
        } while consume(.dot) != nil
        return path
    }

    private mutating func parseAlias() throws -> String? {
        guard consume(.as) != nil else { return nil }
        guard case .name(let alias) = current.kind else {
            throw error("expected a name after 'as'", at: current)
        }
        advance()
        return alias
    }
}
