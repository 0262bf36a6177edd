import SparkbookDataFrame
import SparkbookEngine

/// How `F.` takes the arguments of the `try_*` arithmetic, encryption, encoding, random and error functions, and
/// the defaults PySpark fills in for parameters not given (the generated column name shows them:
/// `aes_encrypt(input, key, GCM, DEFAULT, , )`).
extension FunctionsBinding {
    static func addScalarShapes(_ table: inout [String: Shape]) {
        func add(_ names: [String], _ params: [Parameter], required: Int? = nil) {
            for name in names {
                table[name] = Shape(engineName: name, parameters: params, required: required ?? params.count,
                                    variadicColumns: false)
            }
        }
        add(["try_add", "try_subtract", "try_multiply"], [.column("left"), .column("right")])
        add(["to_base32", "from_base32"], [.column("col")])
        add(["chr"], [.column("n")])
        add(["hmac"], [.column("key"), .column("message"), .column("algorithm")], required: 2)
        add(["aes_encrypt"], [.column("input"), .column("key"), .column("mode"), .column("padding"), .column("iv"),
                              .column("aad")], required: 2)
        add(["aes_decrypt", "try_aes_decrypt"], [.column("input"), .column("key"), .column("mode"), .column("padding"),
                                                  .column("aad")], required: 2)
        add(["uuid"], [.either("seed")], required: 0)
        add(["uniform"], [.either("min"), .either("max"), .either("seed")], required: 2)
        add(["raise_error"], [.either("errMsg")])
        add(["assert_true"], [.column("col"), .either("errMsg")], required: 1)
    }

    /// The call's arguments with PySpark's defaults in the places not given (`given`: one flag per parameter).
    static func filledIn(_ name: String, _ expressions: [Expression], given: [Bool]) throws -> [Expression] {
        switch name {
        case "aes_encrypt", "aes_decrypt", "try_aes_decrypt":
            let defaults: [Value?] = [nil, nil, .string("GCM"), .string("DEFAULT"), .string(""), .string("")]
            var supplied = expressions.makeIterator()
            return given.indices.map { i in given[i] ? supplied.next()! : .literal(defaults[i] ?? .null) }
        case "instr" where given.count == 4 && given[3] && !given[2]:
            // An occurrence without a start searches from the first character.
            return Array(expressions.prefix(2)) + [.literal(.integer(1))] + expressions.dropFirst(2)
        case "uniform" where expressions.count == 2:
            // Without a seed PySpark draws one, and the column name shows it.
            return expressions + [.literal(.long(Int64.random(in: .min ... .max)))]
        case "assert_true" where expressions.count == 1:
            return expressions + [.literal(.string("'\(expressions[0].generatedName)' is not true!"))]
        default:
            return expressions
        }
    }
}
