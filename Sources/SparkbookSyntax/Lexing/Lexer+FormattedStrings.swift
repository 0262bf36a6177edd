/// Splits an f-string body into literal text and `{expression!conversion:spec}` fields.
///
/// Expressions are not lexed here: their byte range is recorded and the parser lexes and
/// parses it in place, so spans inside an f-string point at the right column. Format
/// specs are kept as text (a nested `{width}` inside a spec is not interpreted).
/// Follows pre-3.12 rules: an expression may not contain the string's own quote or `#`.
extension Lexer {
    func formattedSegments(_ body: Range<Int>, isRaw: Bool) throws -> [FormattedStringSegment] {
        var segments: [FormattedStringSegment] = []
        var pending: [UInt8] = []
        var chunkStart = body.lowerBound
        var index = body.lowerBound

        func flush(upTo stop: Int) throws {
            if stop > chunkStart {
                pending.append(contentsOf: try decodeEscapes(chunkStart..<stop, isRaw: isRaw, isBytes: false))
            }
        }
        func emitPending() {
            if !pending.isEmpty { segments.append(.literal(String(decoding: pending, as: UTF8.self))) }
            pending.removeAll()
        }

        while index < body.upperBound {
            let byte = bytes[index]
            let next: UInt8? = index + 1 < body.upperBound ? bytes[index + 1] : nil
            if byte == UInt8(ascii: "\\") {
                index += (next == UInt8(ascii: "{") || next == UInt8(ascii: "}") || next == nil) ? 1 : 2
            } else if byte == UInt8(ascii: "{") && next == UInt8(ascii: "{") {
                try flush(upTo: index + 1)
                index += 2
                chunkStart = index
            } else if byte == UInt8(ascii: "}") && next == UInt8(ascii: "}") {
                try flush(upTo: index + 1)
                index += 2
                chunkStart = index
            } else if byte == UInt8(ascii: "}") {
                throw Diagnostic(code: DiagnosticCode.syntax, message: "f-string: single '}' is not allowed",
                                 span: SourceSpan(start: index, end: index + 1), suggestion: "write '}}' for a literal brace")
            } else if byte == UInt8(ascii: "{") {
                try flush(upTo: index)
                emitPending()
                let (field, fieldEnd) = try replacementField(at: index, limit: body.upperBound)
                if let debugText = field.debugText { segments.append(.literal(debugText)) }
                segments.append(.replacement(field))
                index = fieldEnd
                chunkStart = index
            } else {
                index += 1
            }
        }
        try flush(upTo: body.upperBound)
        emitPending()
        return segments
    }

    /// Parses the field whose `{` is at `start`; returns it and the offset after its `}`.
    private func replacementField(at start: Int, limit: Int) throws -> (FormattedStringReplacement, Int) {
        let expressionStart = start + 1
        var index = expressionStart
        var depth = 0
        var debugEqual: Int?
        func expectingBrace() -> Diagnostic {
            Diagnostic(code: DiagnosticCode.syntax, message: "f-string: expecting '}'",
                       span: SourceSpan(start: start, end: limit))
        }
        scan: while true {
            guard index < limit else { throw expectingBrace() }
            let byte = bytes[index]
            let next: UInt8? = index + 1 < limit ? bytes[index + 1] : nil
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                index += 1
                while index < limit, bytes[index] != byte { index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1 }
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "}"):
                if depth == 0 { break scan }
                depth -= 1
            case UInt8(ascii: ":") where depth == 0:
                break scan
            case UInt8(ascii: "!") where depth == 0 && next != UInt8(ascii: "="):
                break scan
            case UInt8(ascii: "=") where depth == 0 && next != UInt8(ascii: "="):
                let previous = bytes[index - 1]
                if ![UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">")].contains(previous),
                   isDebugTerminator(after: index + 1, limit: limit) {
                    debugEqual = index
                    index += 1
                    while index < limit, bytes[index] == UInt8(ascii: " ") { index += 1 }
                    break scan
                }
            case UInt8(ascii: "#"):
                throw Diagnostic(code: DiagnosticCode.syntax, message: "f-string expression part cannot include '#'",
                                 span: SourceSpan(start: index, end: index + 1))
            default:
                break
            }
            index += 1
        }
        let expressionEnd = debugEqual ?? index
        let expressionSpan = SourceSpan(start: expressionStart, end: expressionEnd)
        if bytes[expressionStart..<expressionEnd].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
            throw Diagnostic(code: DiagnosticCode.syntax, message: "f-string: empty expression not allowed",
                             span: SourceSpan(start: start, end: index + 1))
        }
        let debugText = debugEqual.map { _ in String(decoding: bytes[expressionStart..<index], as: UTF8.self) }
        var conversion: Character?
        if index < limit, bytes[index] == UInt8(ascii: "!") {
            guard index + 1 < limit, [UInt8(ascii: "r"), UInt8(ascii: "s"), UInt8(ascii: "a")].contains(bytes[index + 1]) else {
                throw Diagnostic(code: DiagnosticCode.syntax,
                                 message: "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                                 span: SourceSpan(start: index, end: min(index + 2, limit)))
            }
            conversion = Character(UnicodeScalar(bytes[index + 1]))
            index += 2
        }
        var formatSpec: String?
        if index < limit, bytes[index] == UInt8(ascii: ":") {
            let specStart = index + 1
            index = specStart
            var nesting = 0
            while index < limit {
                if bytes[index] == UInt8(ascii: "{") { nesting += 1 }
                if bytes[index] == UInt8(ascii: "}") {
                    if nesting == 0 { break }
                    nesting -= 1
                }
                index += 1
            }
            formatSpec = String(decoding: bytes[specStart..<index], as: UTF8.self)
        }
        guard index < limit, bytes[index] == UInt8(ascii: "}") else { throw expectingBrace() }
        if debugText != nil && conversion == nil && formatSpec == nil { conversion = "r" }
        let field = FormattedStringReplacement(
            expressionSpan: expressionSpan, conversion: conversion, formatSpec: formatSpec,
            debugText: debugText, span: SourceSpan(start: start, end: index + 1))
        return (field, index + 1)
    }

    /// After `=` in `{x=}`: only spaces and then `}`, `!` or `:` make it the debug form.
    private func isDebugTerminator(after offset: Int, limit: Int) -> Bool {
        var index = offset
        while index < limit, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < limit else { return false }
        return [UInt8(ascii: "}"), UInt8(ascii: "!"), UInt8(ascii: ":")].contains(bytes[index])
    }
}
