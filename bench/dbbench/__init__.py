"""db-benchmark (h2oai, now duckdblabs) groupby and join questions: Sparkbook against the DuckDB shell and Polars.

`datagen` writes the G1 and J1 tables from the published data description, `questions` holds each question in the
three engines' words, `compare` decides whether two answers agree, `measure` times a child process, and `run` is the
command line that ties them together and writes BENCHMARKS.md's db-benchmark section.
"""
