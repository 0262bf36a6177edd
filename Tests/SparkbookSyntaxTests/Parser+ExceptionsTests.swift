import Testing
@testable import SparkbookSyntax

/// `try`/`except`/`else`/`finally`, `raise` and `with`.
@Suite struct ParserExceptionsTests {
    @Test func tryWithEveryClause() {
        let source = """
            try:
                x = 1
            except (KeyError, ValueError) as e:
                raise
            except Exception:
                pass
            else:
                y = 2
            finally:
                z = 3
            """
        #expect(Fixture.tree(source) == """
            (try (body (= x 1)) (except (tuple KeyError ValueError) as e (body (raise))) \
            (except Exception (body (pass))) (else (= y 2)) (finally (= z 3)))
            """)
    }

    @Test func bareExceptMustBeLast() {
        #expect(Fixture.diagnostic("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass")?.message
                == "default 'except:' must be last")
    }

    @Test func tryNeedsAHandler() {
        #expect(Fixture.diagnostic("try:\n    pass\nx = 1")?.message == "expected 'except' or 'finally' block")
    }

    @Test func raiseForms() {
        #expect(Fixture.tree("raise ValueError('bad') from e") == "(raise (call ValueError \"bad\") from e)")
    }

    @Test func withItems() {
        #expect(Fixture.tree("with a() as (x, y), b:\n    pass") == "(with ((call a) as (tuple x y)) (b) (body (pass)))")
    }
}
